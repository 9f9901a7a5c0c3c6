package org.packdesk.bench;

import io.ebean.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.packdesk.catalog.DownloadQueries;
import org.packdesk.catalog.PackageDetails;
import org.packdesk.catalog.PackageFilter;
import org.packdesk.catalog.PackageSearch;
import org.packdesk.catalog.SearchWords;
import org.packdesk.model.Package;
import org.packdesk.model.query.QPackage;

/**
 * The read side of the scale benchmark, on a generated catalog: what a curator waits for (search,
 * package detail, a page deep in the table, the download report), each timed warm, and the search
 * queries also through a naive LIKE scan for comparison.
 */
final class ScaleQueries {

  /** A search as the Packages view runs it: free text and field filters. */
  record Query(String kind, String text, PackageFilter filter) {
  }

  static final List<Query> QUERIES = List.of(
      new Query("prefix", "req", PackageFilter.NONE),
      new Query("prefix", "dj", PackageFilter.NONE),
      new Query("word", "json", PackageFilter.NONE),
      new Query("word", "async", PackageFilter.NONE),
      new Query("phrase", "http client", PackageFilter.NONE),
      new Query("phrase", "data frame tools", PackageFilter.NONE),
      new Query("filter", "", new PackageFilter("MIT", null, null, null, false)),
      new Query("filter", "json", new PackageFilter(null, "Python :: 3.11", null, null, false)),
      new Query("filter", "cache", new PackageFilter("Apache-2.0", "Python :: 3.12", null, null, false)),
      new Query("no match", "zzqx", PackageFilter.NONE));
  private static final int LIMIT = 200;

  private final Database db;
  private final int runs;

  ScaleQueries(Database db, int runs) {
    this.db = db;
    this.runs = runs;
  }

  void search() throws Exception {
    PackageSearch search = new PackageSearch(db);
    List<Double> all = new ArrayList<>();
    List<Double> allNaive = new ArrayList<>();
    System.out.printf("Search (PackageSearch, first %d rows) vs naive LIKE '%%..%%' scan over name and summary:%n", LIMIT);
    for (Query q : QUERIES) {
      Timings t = Timings.of(3, runs, () -> search.search(q.text(), q.filter(), LIMIT));
      Timings naive = Timings.of(1, Math.max(3, runs / 3), () -> naiveLike(q));
      all.add(t.p95());
      allNaive.add(naive.p95());
      System.out.printf("  %-8s %-28s %4d rows  %s | naive p50 %8.2f ms  (naive/search %.1fx)%n", q.kind(),
          describe(q), ((List<?>) t.lastResult()).size(), t, naive.p50(), naive.p50() / t.p50());
    }
    Timings facets = Timings.of(2, Math.max(3, runs / 3), search::filterChoices);
    System.out.printf("  facets   license and language choices          %s%n", facets);
    all.sort(null);
    allNaive.sort(null);
    System.out.printf("  worst p95 over the queries: %.2f ms (target < 50 ms); naive worst p95 %.2f ms%n",
        all.get(all.size() - 1), allNaive.get(allNaive.size() - 1));
  }

  /** The simplest thing: every word a case-insensitive substring of name or summary, a full scan. */
  private List<String> naiveLike(Query q) {
    StringBuilder sql = new StringBuilder("select p.id from packages p where 1 = 1");
    List<Object> params = new ArrayList<>();
    for (String word : SearchWords.of(q.text())) {
      sql.append(" and (lower(p.name) like ? or lower(p.summary) like ?)");
      String like = "%" + word.toLowerCase(Locale.ROOT) + "%";
      params.add(like);
      params.add(like);
    }
    if (q.filter().license() != null) {
      sql.append(" and p.license_id = ?");
      params.add(q.filter().license());
    }
    if (q.filter().language() != null) {
      sql.append(" and exists (select 1 from package_languages l where l.package_id = p.id and l.language_id = ?)");
      params.add(q.filter().language());
    }
    sql.append(" order by p.id limit ").append(LIMIT);
    var query = db.sqlQuery(sql.toString());
    for (int i = 0; i < params.size(); i++) {
      query.setParameter(i + 1, params.get(i));
    }
    return query.mapToScalar(String.class).findList();
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

  /** The pager has not landed: the table's rows by name with OFFSET, as a deep page would be read today. */
  void deepPages() throws Exception {
    int packages = new QPackage(db).findCount();
    System.out.println("Page of 100 packages by name, deep in the table (Ebean setFirstRow = OFFSET; target < 20 ms):");
    for (double depth : new double[] {0.0, 0.5, 0.99}) {
      int first = (int) (packages * depth);
      Timings t = Timings.of(2, Math.max(3, runs / 3), () -> db.find(Package.class).select("id, name, summary")
          .orderBy("name").setFirstRow(first).setMaxRows(100).findList());
      System.out.printf("  rows %,9d..  %s%n", first, t);
    }
  }

  /** No report engine yet: what a download report reads, from the rollup, over the last 30 days. */
  void downloadReport() throws Exception {
    LocalDate last = db.sqlQuery("select max(utc_day) from download_days").mapToScalar(LocalDate.class).findOne();
    if (last == null) {
      System.out.println("Download report: no downloads");
      return;
    }
    LocalDate from = last.minusDays(29);
    System.out.println("Download report over the 30 days to " + last + " (rollup download_days; target < 1 s):");
    report("per day", "select utc_day, sum(downloads) from download_days where utc_day >= ? group by utc_day", from);
    report("top 20 packages", "select package_id, sum(downloads) n from download_days where utc_day >= ?"
        + " group by package_id order by n desc limit 20", from);
    report("by installer, python, system", "select installer, python, system, sum(downloads) from download_days"
        + " where utc_day >= ? group by installer, python, system", from);
    Timings newest = Timings.of(2, Math.max(3, runs / 3), () -> new DownloadQueries(db).search("", 100));
    System.out.printf("  %-30s %s%n", "Downloads view, newest 100", newest);
  }

  private void report(String what, String sql, LocalDate from) throws Exception {
    Timings t = Timings.of(1, Math.max(3, runs / 5), () -> db.sqlQuery(sql).setParameter(1, from).findList());
    System.out.printf("  %-30s %s%n", what, t);
  }

  private static String describe(Query q) {
    String filters = (q.filter().license() == null ? "" : " license=" + q.filter().license())
        + (q.filter().language() == null ? "" : " lang=" + q.filter().language());
    return ("\"" + q.text() + "\"" + filters);
  }
}
