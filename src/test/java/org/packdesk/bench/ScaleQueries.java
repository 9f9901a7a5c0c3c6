package org.packdesk.bench;

import io.ebean.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.packdesk.catalog.DownloadFilter;
import org.packdesk.catalog.DownloadPages;
import org.packdesk.catalog.DownloadSort;
import org.packdesk.catalog.PackageDetails;
import org.packdesk.catalog.PackagePager;
import org.packdesk.catalog.PackageSearch;
import org.packdesk.catalog.PackageSort;
import org.packdesk.catalog.paging.Direction;
import org.packdesk.catalog.paging.RowKey;
import org.packdesk.catalog.paging.SqlCriteria;
import org.packdesk.catalog.search.CatalogSearch;
import org.packdesk.catalog.search.SearchIndex;
import org.packdesk.report.ReportRegistry;
import org.packdesk.report.ReportRunner;
import org.packdesk.model.Package;
import org.packdesk.model.query.QPackage;

/**
 * The read side of the scale benchmark, on a generated catalog: what a curator waits for (search,
 * package detail, a page deep in the table, the download report), each timed warm, and the search
 * queries also through a naive LIKE scan for comparison.
 */
final class ScaleQueries {

  /** A search as a curator types it (the query grammar), and the naive SQL that finds the same packages. */
  record Query(String kind, String query, String naiveWhere) {
  }

  private static final String WORD = "(lower(p.name) like '%%%1$s%%' or lower(p.summary) like '%%%1$s%%')";
  static final List<Query> QUERIES = List.of(
      new Query("prefix", "req*", "lower(p.name) like 'req%'"),
      new Query("prefix", "dj*", "lower(p.name) like 'dj%'"),
      new Query("word", "json", word("json")),
      new Query("words", "http client", word("http") + " and " + word("client")),
      new Query("phrase", "\"data frame\"", "lower(p.summary) like '%data frame%'"),
      new Query("field", "license:MIT", "p.license_id = 'MIT'"),
      new Query("fields", "json language:\"Python :: 3.11\"", word("json") + " and exists (select 1 from"
          + " package_languages l where l.package_id = p.id and l.language_id = 'Python :: 3.11')"),
      new Query("fields", "cache* license:Apache-2.0 downloads:>10", "lower(p.name) like 'cache%'"
          + " and p.license_id = 'Apache-2.0' and p.download_total > 10"),
      new Query("negation", "-license:MIT", "(p.license_id is null or p.license_id <> 'MIT')"),
      // one scan of the releases: a correlated exists per package ran for minutes at PyPI's size
      new Query("flag", "yanked:true", "p.id in (select r.package_id from releases r where r.yanked)"),
      new Query("lifecycle", "-lifecycle:active", "p.lifecycle <> 'active'"),
      new Query("no match", "zzqx", word("zzqx")),
      new Query("all", "", "1 = 1"));
  private static final int LIMIT = 100;

  private static String word(String w) {
    return String.format(WORD, w);
  }

  private final Database db;
  private final Path catalogFile;
  private final int runs;

  ScaleQueries(Database db, Path catalogFile, int runs) {
    this.db = db;
    this.catalogFile = catalogFile;
    this.runs = runs;
  }

  void search() throws Exception {
    long start = System.nanoTime();
    try (SearchIndex index = SearchIndex.open(db, Optional.of(catalogFile))) {
      index.catchUp();
      System.out.printf("Search index ready (opened, or built from the catalog) in %.1f s%n",
          (System.nanoTime() - start) / 1e9);
      CatalogSearch search = new CatalogSearch(index, new PackageSearch(db));
      List<Double> worst = new ArrayList<>();
      System.out.printf("Search (CatalogSearch: first %d rows + total; then its top-10 facets) vs naive LIKE scan"
          + " (same first page + count):%n", LIMIT);
      for (Query q : QUERIES) {
        Timings t = Timings.of(3, runs, () -> search.find(q.query(), LIMIT));
        // counting a big result's facets runs hot only after a dozen calls (the JIT): warmed as a curator's session would
        Timings facets = Timings.of(12, runs, () -> search.facets(q.query(), 10));
        Timings naive = Timings.of(1, Math.max(3, runs / 3), () -> naive(q));
        worst.add(Math.max(t.p95(), facets.p95()));
        System.out.printf("  %-8s %-42s %,9d matches  %s | facets p50 %6.1f p95 %6.1f ms | naive p50 %8.1f ms = %.0fx%n",
            q.kind(), q.query().isEmpty() ? "(everything)" : q.query(), ((CatalogSearch.Result) t.lastResult()).total(),
            t, facets.p50(), facets.p95(), naive.p50(), naive.p50() / t.p50());
      }
      worst.sort(null);
      System.out.printf("  worst p95 (page or facets) over the queries: %.1f ms (target < 50 ms)%n",
          worst.get(worst.size() - 1));
    }
  }

  /** The simplest thing: a scan with LIKE for the first page and the count. */
  private long naive(Query q) {
    db.sqlQuery("select p.id from packages p where " + q.naiveWhere() + " order by p.name, p.id limit " + LIMIT)
        .mapToScalar(String.class).findList();
    return db.sqlQuery("select count(*) from packages p where " + q.naiveWhere()).mapToScalar(Long.class).findOne();
  }

  void packageDetails() throws Exception {
    PackageDetails details = new PackageDetails(db);
    System.out.println("Package detail (PackageDetails.load, warm; target < 5 ms):");
    for (int wanted : new int[] {1, 50, 500}) {
      String id = db.sqlQuery("select package_id from releases group by package_id order by abs(count(*) - ?),"
          + " package_id limit 1").setParameter(1, wanted).mapToScalar(String.class).findOne();
      Timings t = Timings.of(5, runs, () -> details.load(id).orElseThrow());
      int releases = ((org.packdesk.catalog.PackageDetail) t.lastResult()).releases().size();
      System.out.printf("  %-30s %4d releases  %s%n", id, releases, t);
    }
  }

  /** The keys where pages of 100 rows end (what the table's scroll bar jumps from). */
  private static List<RowKey> everyHundredth(List<RowKey> keys) {
    List<RowKey> anchors = new java.util.ArrayList<>();
    for (int i = 99; i < keys.size(); i += 100) {
      anchors.add(keys.get(i));
    }
    return anchors;
  }

  /** The packages table's keyset pager: the page after an anchor deep in the table, against OFFSET. */
  void deepPages() throws Exception {
    PackagePager pager = new PackagePager(db);
    int packages = new QPackage(db).findCount();
    Timings anchors = Timings.of(1, 3, () -> everyHundredth(
        pager.keys(SqlCriteria.NONE, PackageSort.NAME, Direction.ASCENDING, null, packages)));
    @SuppressWarnings("unchecked")
    List<RowKey> keys = (List<RowKey>) anchors.lastResult();
    System.out.printf("Pages of 100 packages by name (PackagePager, keyset; target < 20 ms); anchors every 100 rows"
        + " for the scroll bar: %s%n", anchors);
    for (double depth : new double[] {0.0, 0.5, 0.99}) {
      int anchor = (int) ((keys.size() - 1) * depth);
      RowKey after = depth == 0 ? null : keys.get(anchor);
      Timings t = Timings.of(3, runs, () -> pager.page(SqlCriteria.NONE, PackageSort.NAME, Direction.ASCENDING, after,
          100));
      int first = depth == 0 ? 0 : (anchor + 1) * 100;
      Timings offset = Timings.of(1, Math.max(3, runs / 3), () -> db.find(Package.class).select("id, name, summary")
          .orderBy("name, id").setFirstRow(first).setMaxRows(100).findList());
      System.out.printf("  row %,9d of %,d  %s | OFFSET p50 %7.1f ms%n", first, packages, t, offset.p50());
    }
  }

  /** The download reports a curator runs most, over the whole generated year (rollup download_days). */
  void downloadReport() throws Exception {
    LocalDate last = db.sqlQuery("select max(utc_day) from download_days").mapToScalar(LocalDate.class).findOne();
    if (last == null) {
      System.out.println("Download report: no downloads");
      return;
    }
    ReportRunner runner = new ReportRunner(db, "scale", Clock.systemUTC());
    ReportRegistry reports = ReportRegistry.standard();
    Map<String, String> year = Map.of("from", last.minusDays(364).toString(), "to", last.toString());
    System.out.println("Download reports over the year to " + last + " (ReportRunner; target < 1 s):");
    for (String id : List.of("downloads-by-package", "downloads-by-release", "downloads-by-month",
        "downloads-by-installer", "downloads-by-python", "downloads-by-system")) {
      Timings t = Timings.of(1, Math.max(3, runs / 5), () -> runner.run(reports.require(id), year));
      System.out.printf("  %-24s %s%n", id, t);
    }
    // periods a curator types rather than picks: ends inside months (their days come from the day rollups)
    Map<String, Map<String, String>> ragged = new java.util.LinkedHashMap<>();
    ragged.put("half-year, ragged ends", Map.of("from", last.minusDays(195).toString(),
        "to", last.minusDays(12).toString()));
    ragged.put("last 30 days", Map.of("from", last.minusDays(29).toString(), "to", last.toString()));
    ragged.put("last 7 days", Map.of("from", last.minusDays(6).toString(), "to", last.toString()));
    ragged.put("last day", Map.of("from", last.toString(), "to", last.toString()));
    for (Map.Entry<String, Map<String, String>> period : ragged.entrySet()) {
      for (String id : List.of("downloads-by-package", "downloads-by-release")) {
        Timings t = Timings.of(1, Math.max(3, runs / 5), () -> runner.run(reports.require(id), period.getValue()));
        System.out.printf("  %-24s %s%n", id + " (" + period.getKey() + " " + period.getValue().get("from") + " to "
            + period.getValue().get("to") + ")", t);
      }
    }
    // what downloads-by-package did before it looked for the period's leaders: sum every package's months
    LocalDate firstMonth = last.minusDays(364).withDayOfMonth(1).plusMonths(1);
    Timings whole = Timings.of(0, 2, () -> db.sqlQuery("select package_id, sum(downloads) as d from"
        + " download_package_months where month_start >= ? and month_start <= ? group by package_id"
        + " order by d desc, package_id limit 20").setParameter(1, firstMonth).setParameter(2, last.withDayOfMonth(1))
        .findList());
    System.out.printf("  %-24s %s%n", "(every package's months summed, the top 20 kept: the way before)", whole);
    Timings wholeDays = Timings.of(0, 2, () -> db.sqlQuery("select package_id, sum(downloads) as d from"
        + " download_package_days where utc_day >= ? and utc_day <= ? group by package_id"
        + " order by d desc, package_id limit 20").setParameter(1, last.minusDays(29)).setParameter(2, last)
        .findList());
    System.out.printf("  %-24s %s%n", "(the last 30 days' package days summed, the top 20 kept: the way before)",
        wholeDays);
    Timings newest = Timings.of(2, Math.max(3, runs / 3), () -> new DownloadPages(db)
        .search(DownloadFilter.ALL, DownloadSort.DATE, Direction.DESCENDING, 100).page(0));
    System.out.printf("  %-24s %s%n", "Downloads view, newest", newest);
  }


}
