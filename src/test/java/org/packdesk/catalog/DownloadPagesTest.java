package org.packdesk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.catalog.paging.Direction;
import org.packdesk.catalog.paging.PagedSource;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.importer.ClientDetails;
import org.packdesk.importer.DownloadLogSamples;
import org.packdesk.importer.UserAgentParser;
import org.packdesk.model.Download;
import org.packdesk.model.query.QDownload;

/**
 * The downloads table's pages: every download exactly once in every order, direction and page
 * size, with whatever the filters narrow to; the rollup's count equals the raw rows'; the client
 * filters' SQL says what the user agent parser says.
 */
class DownloadPagesTest {

  /** Agents of every shape the parser reads: pip's JSON, old pip, other tools, none, broken. */
  static final String[] AGENTS = {
      DownloadLogSamples.PIP_AGENT,
      "pip/23.3.1 {\\\"ci\\\":null,\\\"implementation\\\":{\\\"name\\\":\\\"CPython\\\",\\\"version\\\":\\\"3.10.12\\\"},"
          + "\\\"installer\\\":{\\\"name\\\":\\\"pip\\\",\\\"version\\\":\\\"23.3.1\\\"},\\\"python\\\":\\\"3.10.12\\\","
          + "\\\"system\\\":{\\\"name\\\":\\\"Windows\\\",\\\"release\\\":\\\"10\\\"}}",
      "pip/1.5.6 CPython/2.7.6 Linux/3.13.0-24-generic",
      "pip/1.5.6 CPython/3.1.2 Darwin/13.0",
      "bandersnatch/6.5.0 (CPython 3.11.6-final0, Linux x86_64)",
      "uv/0.4.18 {\\\"installer\\\":{\\\"name\\\":\\\"uv\\\",\\\"version\\\":\\\"0.4.18\\\"},\\\"python\\\":\\\"3.12.6\\\"}",
      "curl/8.5.0", "-", "pip/9.0.1 {not json at all", "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Firefox/121.0"};
  static final String[] FILES = {"requests-2.18.4.tar.gz", "numpy-1.14.5.tar.gz", "flask-1.0.2.tar.gz"};

  @TempDir
  static Path dir;
  static CatalogDatabase catalog;
  static DownloadPages pages;
  static List<Download> all;

  @BeforeAll
  static void fill() throws Exception {
    catalog = TestCatalogs.open(dir.resolve("db"));
    TestCatalogs.fillSample(catalog.database());
    rollUpTheSamplesOwnDownloads();
    DownloadLogSamples.importLog(catalog.database(), dir, DownloadLogSamples.ACCESS_LOG);
    DateTimeFormatter format = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);
    StringBuilder log = new StringBuilder();
    for (int i = 0; i < 180; i++) {
      // three UTC days, about nine hours apart, with many downloads in the same second (ties broken by id)
      Instant time = Instant.parse("2020-03-01T00:00:00Z").plusSeconds((i / 4) * 5_000L);
      log.append("192.0.2.").append(i % 250).append(" - - [").append(format.format(time)).append("] \"GET /packages/ab/cd/")
          .append(FILES[i % 3]).append(" HTTP/1.1\" 200 1000 \"-\" \"").append(AGENTS[i % AGENTS.length]).append("\"\n");
    }
    DownloadLogSamples.importLog(catalog.database(), dir, log.toString());
    pages = new DownloadPages(catalog.database());
    all = new QDownload(catalog.database()).pkg.fetch().findList();
    assertTrue(all.size() > 180, "the sample's downloads and the log's");
  }

  /** The sample saves its three downloads directly, as no import would: their rollup rows, as an import writes them. */
  private static void rollUpTheSamplesOwnDownloads() {
    UserAgentParser agents = new UserAgentParser();
    DownloadRollup rollup = new DownloadRollup();
    for (Download d : new QDownload(catalog.database()).release.fetch().findList()) {
      ClientDetails client = agents.parse(d.getUserAgent());
      rollup.add(new DownloadRollup.DayKey(LocalDate.ofInstant(d.getCreatedDate(), ZoneOffset.UTC),
          d.getRelease().getId(), d.getRelease().getPkg().getId(), client.installer(), client.python(),
          client.system()), 1);
    }
    try (io.ebean.Transaction txn = catalog.database().beginTransaction()) {
      rollup.write(txn.connection());
      CatalogTotals.recountAll(txn.connection()); // the totals already counted these raw rows
      txn.commit();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterAll
  static void close() {
    catalog.close();
  }

  /** The filters the tests page through, each with what it means row by row. */
  static List<DownloadFilter> filters() {
    Instant from = Instant.parse("2020-03-01T10:00:00Z");
    Instant until = Instant.parse("2020-03-03T05:00:00Z");
    return List.of(DownloadFilter.ALL, DownloadFilter.ALL.withPackage("Requests"), DownloadFilter.ALL.between(from, until),
        DownloadFilter.ALL.withPackage("numpy").between(from, null), DownloadFilter.ALL.between(null, until),
        DownloadFilter.ALL.withClient("pip", null, null), DownloadFilter.ALL.withClient(null, "3.6", "Linux"),
        DownloadFilter.text("192.0.2.1").withPackage("flask"), DownloadFilter.text("curl"));
  }

  static Predicate<Download> meaning(DownloadFilter filter) {
    UserAgentParser agents = new UserAgentParser();
    return d -> {
      ClientDetails client = agents.parse(d.getUserAgent());
      boolean words = SearchWords.of(filter.text()).stream().allMatch(word ->
          d.getPkg().getName().toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT))
              || Objects.toString(d.getUserAgent(), "").toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT))
              || Objects.toString(d.getIpAddress(), "").contains(word));
      return words
          && (filter.packageName() == null || d.getPkg().getName().equalsIgnoreCase(filter.packageName()))
          && (filter.from() == null || !d.getCreatedDate().isBefore(filter.from()))
          && (filter.until() == null || d.getCreatedDate().isBefore(filter.until()))
          && (filter.installer() == null || filter.installer().equals(client.installer()))
          && (filter.python() == null || filter.python().equals(client.python()))
          && (filter.system() == null || filter.system().equals(client.system()));
    };
  }

  static List<Long> expected(DownloadFilter filter, DownloadSort sort, Direction direction) {
    Comparator<Download> order = Comparator.comparing(Download::getCreatedDate).thenComparing(Download::getId);
    if (sort == DownloadSort.PACKAGE) {
      order = Comparator.comparing((Download d) -> d.getPkg().getId()).thenComparing(order);
    }
    return all.stream().filter(meaning(filter)).sorted(direction.ascending() ? order : order.reversed())
        .map(Download::getId).toList();
  }

  static List<Long> walk(PagedSource<DownloadRow> source) {
    List<Long> ids = new ArrayList<>();
    for (int page = 0; ; page++) {
      List<DownloadRow> rows = source.page(page);
      rows.forEach(row -> ids.add(row.id()));
      if (rows.isEmpty()) {
        return ids;
      }
    }
  }

  @Test
  void everyDownloadExactlyOnceInEveryOrderDirectionPageSizeAndFilter() {
    for (DownloadFilter filter : filters()) {
      for (DownloadSort sort : DownloadSort.values()) {
        for (Direction direction : Direction.values()) {
          List<Long> expected = expected(filter, sort, direction);
          for (int size : new int[] {1, 7, 100}) {
            PagedSource<DownloadRow> source = pages.search(filter, sort, direction, size);
            assertEquals(expected, walk(source), filter + " " + sort + " " + direction + " by " + size);
            assertEquals(expected.size(), source.count(), filter + " counted");
          }
        }
      }
    }
  }

  @Test
  void aDeepPageJumpedToAndARowsPositionAgreeWithTheWalk() {
    for (DownloadFilter filter : filters()) {
      List<Long> expected = expected(filter, DownloadSort.DATE, Direction.DESCENDING);
      PagedSource<DownloadRow> source = pages.search(filter, DownloadSort.DATE, Direction.DESCENDING, 7);
      for (int k = expected.size() / 7; k >= 0; k--) {
        assertEquals(expected.subList(k * 7, Math.min(expected.size(), k * 7 + 7)),
            source.page(k).stream().map(DownloadRow::id).toList(), filter + " page " + k);
      }
      for (int i = 0; i < expected.size(); i += 5) {
        assertEquals(i, source.position(expected.get(i)), filter + " position");
      }
    }
  }

  @Test
  void theRollupsCountEqualsTheRawRowsForAPackageAndAnyRange() {
    Instant start = Instant.parse("2020-02-29T13:00:00Z");
    for (String name : new String[] {null, "requests", "NumPy", "no-such-package"}) {
      for (int fromHours = 0; fromHours < 100; fromHours += 11) {
        for (int untilHours = fromHours; untilHours < 110; untilHours += 17) {
          DownloadFilter filter = DownloadFilter.ALL.withPackage(name)
              .between(start.plusSeconds(fromHours * 3600L), start.plusSeconds(untilHours * 3600L));
          assertEquals(all.stream().filter(meaning(filter)).count(), pages.count(filter), filter.toString());
        }
      }
      DownloadFilter whole = DownloadFilter.ALL.withPackage(name);
      assertEquals(all.stream().filter(meaning(whole)).count(), pages.count(whole), "every day of " + name);
    }
  }

  @Test
  void theClientFiltersSayWhatTheParserSays() {
    DownloadQueries.Choices choices = new DownloadQueries(catalog.database()).choices();
    List<DownloadFilter> clients = new ArrayList<>();
    choices.installers().forEach(v -> clients.add(DownloadFilter.ALL.withClient(v, null, null)));
    choices.pythons().forEach(v -> clients.add(DownloadFilter.ALL.withClient(null, v, null)));
    choices.systems().forEach(v -> clients.add(DownloadFilter.ALL.withClient(null, null, v)));
    assertTrue(clients.size() > 10, choices.toString());
    for (DownloadFilter filter : clients) {
      assertEquals(expected(filter, DownloadSort.DATE, Direction.DESCENDING),
          walk(pages.search(filter, DownloadSort.DATE, Direction.DESCENDING, 100)), filter.toString());
    }
  }

  @Test
  void textAndClientMatchesAreCountedUpToTheCap() {
    PagedSource<DownloadRow> searched = pages.search(DownloadFilter.text("pip"), DownloadSort.DATE, Direction.DESCENDING, 7);
    assertEquals(expected(DownloadFilter.text("pip"), DownloadSort.DATE, Direction.DESCENDING).size(), searched.count());
    assertFalse(searched.firstOfMore(), "fewer matches than the cap: all of them");
    assertEquals(5, pages.pager().countUpTo(DownloadPages.criteria(DownloadFilter.text("pip")), 5), "stops at the cap");
    assertFalse(pages.search(DownloadFilter.ALL.withPackage("flask"), DownloadSort.DATE, Direction.DESCENDING, 7)
        .firstOfMore(), "a package is counted exactly, from the rollup");
  }
}
