package org.packdesk.bench;

import io.ebean.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.packdesk.catalog.PackageSearch;
import org.packdesk.catalog.search.CatalogSearch;
import org.packdesk.catalog.search.SearchIndex;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.db.CatalogLocation;

/**
 * Search at PyPI size: makes (once) a synthetic catalog of N packages (~10 releases each),
 * builds the Lucene index, then times each query as the Packages view runs it (first page of
 * 100 rows with the total, plus the top-10 facets) and, for comparison, the same work done with
 * plain SQL on H2's own indexes. Prints p50/p95 per query. Not a test: run
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.packdesk.bench.SearchBenchmark -Dexec.args="--packages 700000 --db /tmp/search/big"}.
 */
public final class SearchBenchmark {

  private static final List<String> QUERIES = List.of(
      "req*",
      "license:MIT",
      "http client",
      "\"web framework\"",
      "language:\"Python :: 3.6\" released:>2017-01-01",
      "maintainer:dev7@*",
      "downloads:>1000 -lifecycle:deprecated",
      "python:3.8 yanked:true",
      "req* license:MIT language:\"Python :: 3.6\" released:>2017-01-01 downloads:>1000 -deprecated",
      "",
      "py* OR data*");
  private static final int RUNS = 40;

  private SearchBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    List<String> options = Arrays.asList(args);
    int packages = Integer.parseInt(option(options, "--packages", "700000"));
    Path file = Path.of(option(options, "--db", "/tmp/search/big"));
    boolean fresh = !Files.exists(file.resolveSibling(file.getFileName() + CatalogLocation.H2_SUFFIX));
    try (CatalogDatabase catalog = CatalogDatabase.open(CatalogLocation.ofFile(file))) {
      Database db = catalog.database();
      if (fresh) {
        long start = System.nanoTime();
        try (Connection c = db.dataSource().getConnection()) {
          new SearchCatalogMaker().fill(c, packages, packages / 4);
        }
        System.out.printf("Made %,d packages in %.0f s%n", packages, (System.nanoTime() - start) / 1e9);
      }
      try (SearchIndex index = SearchIndex.open(db, catalog.location().file())) {
        long start = System.nanoTime();
        index.catchUp();
        System.out.printf("Index ready (opened, or rebuilt if missing) in %.1f s%n", (System.nanoTime() - start) / 1e9);
        CatalogSearch search = new CatalogSearch(index, new PackageSearch(db));
        System.out.printf("%-95s %9s %8s %8s%n", "Lucene: first 100 rows + total + top-10 facets", "matches", "p50 ms",
            "p95 ms");
        for (String query : QUERIES) {
          long[] total = {0};
          double[] times = time(() -> {
            total[0] = search.find(query, 100).total();
            search.facets(query, 10);
          });
          double[] ids = time(() -> index.search(org.packdesk.catalog.search.QueryParser.parse(query), null, 100));
          double[] facets = time(() -> search.facets(query, 10));
          System.out.printf("%-95s %,9d %8.1f %8.1f   (ids+total p95 %.1f, facets p95 %.1f)%n",
              query.isEmpty() ? "(everything)" : query, total[0], times[0], times[1], ids[1], facets[1]);
        }
      }
      sqlCandidates(db);
    }
  }

  /** The same hard cases with SQL alone, on H2's indexes: what the index is measured against. */
  private static void sqlCandidates(Database db) throws Exception {
    System.out.printf("%nSQL on H2 (same work, for comparison)%n");
    // {n} differs on every run: H2 would otherwise hand back the cached result of an identical query
    String mit = "from packages p where p.license_id = 'MIT' and p.id <> '{n}'";
    sql(db, "license:MIT first page + count", "select id " + mit + " order by id limit 100",
        "select count(*) " + mit);
    sql(db, "license:MIT facet: language", "select pl.language_id, count(*) from package_languages pl join packages p"
        + " on p.id = pl.package_id where p.license_id = 'MIT' and p.id <> '{n}' group by pl.language_id order by 2 desc limit 10");
    sql(db, "license:MIT facet: maintainer", "select m.user_id, count(*) from maintainers m join packages p"
        + " on p.id = m.package_id where p.license_id = 'MIT' and p.id <> '{n}' group by m.user_id order by 2 desc limit 10");
    sql(db, "license:MIT facet: lifecycle", "select lifecycle, count(*) " + mit + " group by lifecycle");
    sql(db, "http client (today's icontains) first page", "select id from packages where (lower(name) like '%http%'"
        + " or lower(summary) like '%http%') and (lower(name) like '%client%' or lower(summary) like '%client%')"
        + " and id <> '{n}' order by id limit 100");
    sql(db, "released:>2017-01-01 (newest release) count", "select count(*) from (select package_id from releases"
        + " where package_id <> '{n}' group by package_id having max(created_date) > timestamp '2017-01-02 00:00:00')");
  }

  private static void sql(Database db, String label, String... statements) throws Exception {
    long[] run = {0};
    double[] times = time(() -> {
      run[0]++;
      try (Connection c = db.dataSource().getConnection()) {
        for (String statement : statements) {
          String sql = statement.replace("{n}", "run" + run[0]);
          try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              rs.getObject(1);
            }
          }
        }
        c.rollback();
      }
    }, 5);
    System.out.printf("%-95s %9s %8.1f %8.1f%n", label, "", times[0], times[1]);
  }

  private interface Work {
    void run() throws Exception;
  }

  private static double[] time(Work work) throws Exception {
    return time(work, RUNS);
  }

  /** p50 and p95 in ms over {@code runs} runs, after a few warm-up runs. */
  private static double[] time(Work work, int runs) throws Exception {
    for (int i = 0; i < 3; i++) {
      work.run();
    }
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      work.run();
      ms.add((System.nanoTime() - start) / 1e6);
    }
    ms.sort(null);
    return new double[] {ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1)};
  }

  private static String option(List<String> options, String name, String fallback) {
    int i = options.indexOf(name);
    return i >= 0 && i + 1 < options.size() ? options.get(i + 1) : fallback;
  }
}
