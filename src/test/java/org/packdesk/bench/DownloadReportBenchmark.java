package org.packdesk.bench;

import io.ebean.Database;
import io.ebean.Transaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.packdesk.catalog.DownloadRollup;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.db.CatalogLocation;
import org.packdesk.importer.ImportProgress;
import org.packdesk.importer.PypiImporter;
import org.packdesk.report.ReportDefinition;
import org.packdesk.report.ReportRegistry;
import org.packdesk.report.ReportResult;
import org.packdesk.report.ReportRunner;

/**
 * Download report speed over the rollup, measured (not a test). Builds a catalog of the real PyPI
 * documents and copies of them (1,000 packages by default), then writes the {@code download_days}
 * rows that importing N download events (10 million by default) over a year would leave: each
 * event is drawn (package by a Zipf law, mostly a recent release, a client from a realistic mix)
 * and counted per (day, release, installer, python, system) exactly as {@code DownloadBatch} does,
 * and the counts are inserted with JDBC batches, a day per transaction, which is far quicker than
 * writing and parsing 10 million log lines; {@code DownloadRollup.rebuildFromDays} then fills the
 * monthly and catalog-wide rollups and the stored totals from them, as the import would have kept them. It then times the downloads reports, cold (catalog just opened) and warm.
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.packdesk.bench.DownloadReportBenchmark \
 *     -Dexec.args="--events 10000000 --packages 1000 --dir /tmp/reports/bench"
 * </pre>
 * A catalog left in {@code --dir} by an earlier run keeps its packages (its rollup is written
 * anew); with {@code --keep} it is timed again as it is, and with {@code --keep --rebuild} its
 * coarse rollups are first made again from its days.
 */
public final class DownloadReportBenchmark {

  /** Clients as PyPI's public statistics show them: mostly pip, on Linux, with recent Pythons (per cent). */
  private static final Weighted INSTALLERS = new Weighted(Map.of("pip", 80, "uv", 8, "poetry", 4, "bandersnatch", 3,
      "requests", 2, "Browser", 3));
  private static final Weighted PYTHONS = new Weighted(Map.of("3.11", 25, "3.12", 22, "3.10", 18, "3.9", 12, "3.8", 8,
      "3.13", 7, "2.7", 2, "unknown", 6));
  private static final Weighted SYSTEMS = new Weighted(Map.of("Linux", 80, "Windows", 10, "Darwin", 8, "unknown", 2));
  private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
  private static final int DAYS = 366;

  private DownloadReportBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    List<String> list = Arrays.asList(args);
    long events = Long.parseLong(arg(list, "--events", "10000000"));
    int packages = Integer.parseInt(arg(list, "--packages", "1000"));
    Path dir = Path.of(arg(list, "--dir", Files.createTempDirectory("packdesk-report-bench").toString()));
    boolean keep = list.contains("--keep");
    boolean rebuild = list.contains("--rebuild");
    CatalogLocation location = CatalogLocation.ofFile(dir.resolve("catalog"));
    if (!keep) {
      try (CatalogDatabase catalog = CatalogDatabase.open(location)) {
        fill(catalog.database(), Path.of(arg(list, "--data", "../shared/data/pypi-json")), packages, events,
            dir.resolve("documents"));
      }
    }
    if (keep && rebuild) {
      try (CatalogDatabase catalog = CatalogDatabase.open(location)) {
        rebuildCoarseRollups(catalog.database());
      }
    }
    try (CatalogDatabase catalog = CatalogDatabase.open(location);
         FreshResults fresh = FreshResults.during(catalog.database())) {
      Database db = catalog.database();
      long rows = db.sqlQuery("select count(*) from download_days").mapToScalar(Long.class).findOne();
      long sum = db.sqlQuery("select cast(sum(downloads) as bigint) from download_days").mapToScalar(Long.class)
          .findOne();
      System.out.printf("Catalog %s: %,d rollup rows holding %,d download events%n", location.describe(), rows, sum);
      ReportRunner runner = new ReportRunner(db, location.describe(), Clock.systemUTC());
      ReportRegistry registry = ReportRegistry.standard();
      time(runner, registry.require("downloads-by-package"), Map.of());
      time(runner, registry.require("downloads-by-month"), Map.of());
      time(runner, registry.require("downloads-by-package"), Map.of("from", "2024-06-01", "to", "2024-06-30"));
      time(runner, registry.require("downloads-by-package"), Map.of("from", "2024-01-01", "to", "2024-12-31"));
      time(runner, registry.require("downloads-by-package"), Map.of("from", "2024-03-10", "to", "2024-09-20"));
      time(runner, registry.require("downloads-by-release"), Map.of());
      time(runner, registry.require("downloads-by-release"), Map.of("from", "2024-01-01", "to", "2024-12-31"));
      time(runner, registry.require("downloads-by-installer"), Map.of());
      time(runner, registry.require("downloads-by-python"), Map.of("from", "2024-03-10", "to", "2024-09-20"));
    }
  }

  /** Runs a report once cold (first in this catalog's session) and five times warm, printing the times. */
  private static void time(ReportRunner runner, ReportDefinition report, Map<String, String> parameters) {
    long start = System.nanoTime();
    ReportResult result = runner.run(report, parameters);
    double cold = (System.nanoTime() - start) / 1e6;
    double best = Double.MAX_VALUE;
    double total = 0;
    for (int i = 0; i < 5; i++) {
      long again = System.nanoTime();
      runner.run(report, parameters);
      double ms = (System.nanoTime() - again) / 1e6;
      best = Math.min(best, ms);
      total += ms;
    }
    System.out.printf("%-24s %-36s %,6d rows  cold %,8.0f ms  warm best %,8.0f ms  mean %,8.0f ms%n", report.id(),
        parameters.isEmpty() ? "(all time)" : parameters.toString(), result.rows().size(), cold, best, total / 5);
  }

  private static void fill(Database db, Path data, int packages, long events, Path documents) throws Exception {
    long present = db.sqlQuery("select count(*) from packages").mapToScalar(Long.class).findOne();
    if (present < packages) { // a catalog from an earlier run is reused: importing is the slow part
      List<Path> originals = PypiImporter.collectFiles(List.of(data));
      List<Path> files = new ArrayList<>(originals);
      if (packages > originals.size()) {
        files.addAll(LargeSetMaker.make(originals, packages - originals.size(), documents));
      }
      long start = System.nanoTime();
      new PypiImporter(db, "bench").importFiles(files, ImportProgress.NONE, () -> false);
      System.out.printf("Imported %,d packages in %.1f s%n", files.size(), (System.nanoTime() - start) / 1e9);
    }
    for (String table : List.of("download_days", "download_months", "download_clients")) {
      db.sqlUpdate("truncate table " + table).execute(); // a delete of millions of rows is one huge transaction
    }
    db.sqlUpdate("update packages set download_total = 0").execute();
    db.sqlUpdate("update releases set download_total = 0").execute();
    long start = System.nanoTime();
    long rows = writeRollup(db, releasesByPackage(db), events);
    System.out.printf("Wrote %,d rollup rows for %,d download events in %.1f s%n", rows, events,
        (System.nanoTime() - start) / 1e9);
  }

  /** Months, client days and totals from the day rollup, as the import keeps them. */
  private static void rebuildCoarseRollups(Database db) throws Exception {
    long start = System.nanoTime();
    try (Transaction txn = db.beginTransaction()) {
      DownloadRollup.rebuildFromDays(txn.connection());
      txn.commit();
    }
    System.out.printf("Rebuilt the monthly and client rollups and the totals in %.1f s%n",
        (System.nanoTime() - start) / 1e9);
  }

  /** Each package's release ids, newest first (the way downloads favour them). */
  private static List<long[]> releasesByPackage(Database db) {
    Map<String, List<Long>> byPackage = new HashMap<>();
    db.sqlQuery("select id, package_id from releases order by package_id, sort_key desc")
        .findEach(row -> byPackage.computeIfAbsent(row.getString("package_id"), k -> new ArrayList<>())
            .add(row.getLong("id")));
    List<long[]> releases = new ArrayList<>();
    byPackage.values().forEach(ids -> releases.add(ids.stream().mapToLong(Long::longValue).toArray()));
    return releases;
  }

  private record Key(long release, String installer, String python, String system) {
  }

  private static long writeRollup(Database db, List<long[]> releases, long events) throws Exception {
    Random random = new Random(42);
    Map<Long, String> packageOf = new HashMap<>();
    db.sqlQuery("select id, package_id from releases").findEach(row -> packageOf.put(row.getLong("id"),
        row.getString("package_id")));
    Zipf popularity = new Zipf(releases.size(), 1.1, random);
    long written = 0;
    for (int day = 0; day < DAYS; day++) { // a day per transaction, as an import of daily logs would
      try (Transaction txn = db.beginTransaction();
           PreparedStatement insert = txn.connection().prepareStatement("insert into download_days (utc_day,"
               + " package_id, release_id, installer, python, system, downloads, version) values (?,?,?,?,?,?,?,1)")) {
        long today = events / DAYS + (day < events % DAYS ? 1 : 0);
        Map<Key, Long> counts = new HashMap<>();
        for (long e = 0; e < today; e++) {
          long[] ids = releases.get(popularity.next());
          double pick = random.nextDouble();
          int release = pick < 0.6 || ids.length == 1 ? 0 : pick < 0.85 ? 1 % ids.length : random.nextInt(ids.length);
          counts.merge(new Key(ids[release], INSTALLERS.next(random), PYTHONS.next(random), SYSTEMS.next(random)), 1L,
              Long::sum);
        }
        LocalDate date = FIRST_DAY.plusDays(day);
        for (Map.Entry<Key, Long> count : counts.entrySet()) {
          Key key = count.getKey();
          insert.setObject(1, date);
          insert.setString(2, packageOf.get(key.release()));
          insert.setLong(3, key.release());
          insert.setString(4, key.installer());
          insert.setString(5, key.python());
          insert.setString(6, key.system());
          insert.setLong(7, count.getValue());
          insert.addBatch();
        }
        insert.executeBatch();
        written += counts.size();
        txn.commit();
      }
      if (day % 61 == 60) {
        System.out.printf("  %d days, %,d rollup rows%n", day + 1, written);
      }
    }
    rebuildCoarseRollups(db);
    return written;
  }

  /** Draws names by their weights. */
  private static final class Weighted {
    private final List<String> names = new ArrayList<>();

    Weighted(Map<String, Integer> weights) {
      new java.util.TreeMap<>(weights).forEach((name, weight) -> names.addAll(java.util.Collections.nCopies(weight, name)));
    }

    String next(Random random) {
      return names.get(random.nextInt(names.size()));
    }
  }

  /** Draws 0..n-1 with probability falling as 1/(rank+1)^s: a few packages take most downloads. */
  private static final class Zipf {
    private final double[] cumulative;
    private final Random random;

    Zipf(int n, double s, Random random) {
      this.random = random;
      cumulative = new double[n];
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += 1 / Math.pow(i + 1, s);
        cumulative[i] = sum;
      }
      for (int i = 0; i < n; i++) {
        cumulative[i] /= sum;
      }
    }

    int next() {
      int index = Arrays.binarySearch(cumulative, random.nextDouble());
      return Math.min(cumulative.length - 1, index < 0 ? -index - 1 : index);
    }
  }

  private static String arg(List<String> args, String name, String fallback) {
    int at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.get(at + 1) : fallback;
  }
}
