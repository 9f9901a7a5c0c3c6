package org.packdesk.report.definitions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebean.Database;
import io.ebean.SqlQuery;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.importer.generate.CatalogGenerator;
import org.packdesk.importer.generate.CatalogSize;
import org.packdesk.importer.generate.GenerationProgress;
import org.packdesk.report.ReportRegistry;
import org.packdesk.report.ReportRunner;
import org.packdesk.report.definitions.PeriodLeaders.Leader;
import org.packdesk.report.definitions.PeriodLeaders.Side;

/**
 * The leaders of a period, found from the stored totals, are the top of the whole period's sum,
 * for many random periods and sizes of top on a generated catalog (property-style).
 */
class PeriodLeadersTest {

  @TempDir
  static Path dir;
  private static CatalogDatabase catalog;
  private static LocalDate first;
  private static LocalDate last;

  @BeforeAll
  static void generate() {
    catalog = TestCatalogs.open(dir.resolve("leaders"));
    new CatalogGenerator(catalog.database(), "tester").generate(new CatalogSize(200, 800, 12_000, 11),
        GenerationProgress.NONE);
    first = catalog.database().sqlQuery("select min(utc_day) from download_days").mapToScalar(LocalDate.class)
        .findOne();
    last = catalog.database().sqlQuery("select max(utc_day) from download_days").mapToScalar(LocalDate.class)
        .findOne();
  }

  @AfterAll
  static void close() {
    catalog.close();
  }

  /**
   * Every day of the period summed from the finest rollup (release, day and client), the top
   * kept: what the leaders must equal.
   */
  @SuppressWarnings("unchecked")
  private static List<Leader> wholeSum(Side side, LocalDate from, LocalDate to, int top) {
    SqlQuery query = catalog.database().sqlQuery("select " + side.column + " as id, sum(downloads) as d"
        + " from download_days where utc_day >= :from and utc_day <= :to group by " + side.column
        + " order by d desc, " + side.column + " limit :top")
        .setParameter("from", from == null ? LocalDate.of(1, 1, 1) : from)
        .setParameter("to", to == null ? LocalDate.of(9999, 12, 31) : to);
    List<Leader> leaders = new ArrayList<>();
    query.setParameter("top", top).findEach(row -> leaders.add(new Leader((Comparable<Object>) row.get("id"),
        row.getLong("d"))));
    return leaders;
  }

  private static LocalDate randomDay(SplittableRandom random) {
    return first.minusDays(20).plusDays(random.nextLong(last.toEpochDay() - first.toEpochDay() + 40));
  }

  @Test
  void theLeadersAreTheTopOfTheWholePeriodsSum() {
    Database db = catalog.database();
    SplittableRandom random = new SplittableRandom(5);
    int[] tops = {1, 3, 20, 100, 1000};
    int found = 0;
    for (int i = 0; i < 60; i++) {
      LocalDate a = randomDay(random);
      LocalDate b = randomDay(random);
      LocalDate from = random.nextInt(8) == 0 ? null : a.isBefore(b) ? a : b;
      LocalDate to = random.nextInt(8) == 0 ? null : a.isBefore(b) ? b : a;
      if (from == null && to == null) {
        continue; // all time reads the totals themselves
      }
      DownloadPeriod period = DownloadPeriod.of(from, to);
      int top = tops[random.nextInt(tops.length)];
      for (Side side : Side.values()) {
        Optional<List<Leader>> leaders = new PeriodLeaders(db).find(side, period, top);
        assertTrue(leaders.isPresent(), "a catalog this small never reaches the limit of candidates");
        found++;
        assertEquals(wholeSum(side, from, to, top), leaders.get(), side + " from " + from + " to " + to + ", top " + top);
      }
    }
    assertTrue(found > 40, "enough periods tried: " + found);
  }

  @Test
  void pastTheLimitOfCandidatesItGivesUpAndTheReportSumsEveryone() {
    DownloadPeriod year = DownloadPeriod.of(first, last);
    assertFalse(new PeriodLeaders(catalog.database(), 10).find(Side.PACKAGES, year, 20).isPresent());
    assertTrue(new PeriodLeaders(catalog.database()).find(Side.PACKAGES, year, 20).isPresent());
  }

  /** A day, a week and the last 30 days (inside a month or across two) are found from the totals too. */
  @Test
  void shortPeriodsLeadersAreTheTopOfTheirSumToo() {
    List<LocalDate[]> periods = List.of(new LocalDate[] {last, last}, new LocalDate[] {first, first},
        new LocalDate[] {last.minusDays(6), last}, new LocalDate[] {last.minusDays(29), last},
        new LocalDate[] {last.withDayOfMonth(1).minusDays(10), last.withDayOfMonth(1).plusDays(5)});
    for (LocalDate[] p : periods) {
      for (Side side : Side.values()) {
        for (int top : new int[] {1, 20}) {
          Optional<List<Leader>> leaders = new PeriodLeaders(catalog.database()).find(side, DownloadPeriod.of(p[0], p[1]),
              top);
          assertEquals(Optional.of(wholeSum(side, p[0], p[1], top)), leaders, side + " from " + p[0] + " to " + p[1]);
        }
      }
    }
  }

  /** The reports themselves, through the leaders, against the same report summed whole. */
  @Test
  void theReportsListWhatSummingTheWholePeriodLists() {
    ReportRunner runner = new ReportRunner(catalog.database(), "leaders", Clock.systemUTC());
    ReportRegistry registry = ReportRegistry.standard();
    SplittableRandom random = new SplittableRandom(9);
    for (int i = 0; i < 12; i++) {
      LocalDate a = randomDay(random);
      LocalDate b = randomDay(random);
      Map<String, String> given = new HashMap<>(Map.of("from", (a.isBefore(b) ? a : b).toString(),
          "to", (a.isBefore(b) ? b : a).toString(), "top", String.valueOf(1 + random.nextInt(40))));
      DownloadPeriod period = DownloadPeriod.of(LocalDate.parse(given.get("from")), LocalDate.parse(given.get("to")));
      int top = Integer.parseInt(given.get("top"));

      List<List<Object>> packages = runner.run(registry.require("downloads-by-package"), given).rows();
      SqlQuery byPackage = catalog.database().sqlQuery("select p.name as name, t.d as d from (select package_id,"
          + " sum(downloads) as d from (" + period.rows(Side.PACKAGES) + ") u group by package_id order by d desc,"
          + " package_id limit :top) t join packages p on p.id = t.package_id order by t.d desc, p.name");
      assertEquals(rows(byPackage, period, top), packages, "downloads by package " + given);

      List<List<Object>> releases = runner.run(registry.require("downloads-by-release"), given).rows();
      SqlQuery byRelease = catalog.database().sqlQuery("select p.name as name, r.version_string as version, t.d as d"
          + " from (select release_id, sum(downloads) as d from (" + period.rows(Side.RELEASES) + ") u group by"
          + " release_id order by d desc, release_id limit :top) t join releases r on r.id = t.release_id"
          + " join packages p on p.id = r.package_id order by t.d desc, p.name, r.sort_key desc");
      assertEquals(rows(byRelease, period, top), releases, "downloads by release " + given);
    }
  }

  private static List<List<Object>> rows(SqlQuery query, DownloadPeriod period, int top) {
    period.parameters().forEach(query::setParameter);
    List<List<Object>> rows = new ArrayList<>();
    query.setParameter("top", top).findEach(row -> {
      List<Object> values = new ArrayList<>();
      row.values().forEach(value -> values.add(value instanceof Number n ? (Object) n.longValue() : value));
      rows.add(values);
    });
    return rows;
  }
}
