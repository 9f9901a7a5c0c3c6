package org.packdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.db.CatalogLocation;
import org.packdesk.importer.generate.BulkCache;
import org.packdesk.importer.generate.CatalogGenerator;
import org.packdesk.importer.generate.CatalogSize;
import org.packdesk.importer.generate.GenerationReport;
import org.packdesk.importer.generate.SyntheticCatalog;

/**
 * Packdesk at scale, measured (not a test). Generates a catalog of the given size with the
 * {@code generate} command's generator and, in the same run, the same rows with plain JDBC
 * batches (the ceiling); then, on the generated catalog: search latencies against a naive LIKE
 * scan, package detail for packages of 1, 50 and 500 releases, pages deep in the table, the
 * download report, peak heap, the database file's size and (with $DISPLAY set and a built jar)
 * the application's time to first window. {@code --catalog PATH} measures an existing generated
 * catalog instead of generating one; {@code --sections details,pages,reports,search,window} picks
 * what to measure (all by default).
 * <pre>
 * mvn -q package -DskipTests &amp;&amp; mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.packdesk.bench.ScaleBenchmark \
 *     -Dexec.args="--packages 20000 --releases 200000 --downloads 1000000 --seed 1"
 * </pre>
 */
public final class ScaleBenchmark {

  private ScaleBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int packages = Integer.parseInt(arg(args, "--packages", "20000"));
    long releases = Long.parseLong(arg(args, "--releases", String.valueOf(packages * 10L)));
    long downloads = Long.parseLong(arg(args, "--downloads", String.valueOf(packages * 50L)));
    long seed = Long.parseLong(arg(args, "--seed", "1"));
    int runs = Integer.parseInt(arg(args, "--runs", "30"));
    Path work = Path.of(arg(args, "--work", System.getProperty("java.io.tmpdir") + "/packdesk-scale"));
    Path jar = Path.of(arg(args, "--jar", "target/packdesk.jar"));
    String existing = arg(args, "--catalog", null);
    java.util.Set<String> sections = java.util.Set.of(arg(args, "--sections", "details,pages,reports,search,window")
        .split(","));
    Files.createDirectories(work);

    Path catalog;
    if (existing == null) {
      catalog = work.resolve("generated-" + System.currentTimeMillis());
      generate(new CatalogSize(packages, releases, downloads, seed), catalog, work);
    } else {
      catalog = Path.of(existing);
    }
    HeapSampler heap = HeapSampler.start();
    try (CatalogDatabase db = CatalogDatabase.open(CatalogLocation.ofFile(catalog));
         FreshResults fresh = FreshResults.during(db.database())) {
      ScaleQueries queries = new ScaleQueries(db.database(), catalog, runs);
      System.out.println();
      if (sections.contains("details")) {
        queries.packageDetails();
      }
      if (sections.contains("pages")) {
        queries.deepPages();
      }
      if (sections.contains("reports")) {
        queries.downloadReport();
      }
      if (sections.contains("search")) {
        queries.search(); // last: the first search of a generated catalog builds its index
      }
    }
    System.out.printf("Peak heap of this process while querying: %,d MB, sampled every 5 ms, of a ceiling of %,d MB"
        + " (target < 512 MB for the app)%n", heap.peakMb(), heap.maxMb());
    heap.close();
    Path file = catalog.resolveSibling(catalog.getFileName() + CatalogLocation.H2_SUFFIX);
    System.out.printf("Database file %s: %,d MB%n", file, Files.size(file) / (1024 * 1024));
    if (sections.contains("window")) {
      firstWindow(jar, catalog, work);
    }
    System.exit(0);
  }

  private static void generate(CatalogSize size, Path catalog, Path work) throws Exception {
    System.out.printf("Warming up both writers on a small catalog...%n");
    CatalogSize warm = new CatalogSize(Math.min(500, size.packages()), Math.min(5_000, size.releases()),
        Math.min(20_000, size.downloads()), size.seed() + 1);
    packdesk(warm, work.resolve("warm-packdesk-" + System.nanoTime()));
    jdbc(warm, work.resolve("warm-jdbc-" + System.nanoTime()));

    System.out.printf("Generating %,d packages, %,d releases, %,d downloads (seed %d)...%n", size.packages(),
        size.releases(), size.downloads(), size.seed());
    GenerationReport report;
    long generatedHeap;
    try (HeapSampler heap = HeapSampler.start()) {
      report = packdesk(size, catalog);
      generatedHeap = heap.peakMb();
    }
    System.out.printf("  generate (ProjectWriter + DownloadWriter): %.1f s (packages %.1f s, downloads %.1f s),"
        + " %,d rows, %,.0f rows/s%n", report.seconds(), report.projectSeconds(), report.downloadSeconds(),
        report.totalRows(), report.rowsPerSecond());
    System.out.println("  rows: " + report.rows());
    System.out.printf("  peak heap while generating: %,d MB%n", generatedHeap);
    double[] ceiling = jdbc(size, work.resolve("jdbc-" + System.nanoTime()));
    System.out.printf("  plain JDBC batches of the same rows: %.1f s (packages %.1f s, downloads %.1f s),"
        + " %,.0f rows, %,.0f rows/s%n", ceiling[0] + ceiling[1], ceiling[0], ceiling[1], ceiling[2],
        ceiling[2] / (ceiling[0] + ceiling[1]));
    System.out.printf("  generate takes %.2fx the plain-JDBC time (target within 1.5x; packages %.2fx,"
        + " downloads %.2fx)%n", report.seconds() / (ceiling[0] + ceiling[1]), report.projectSeconds() / ceiling[0],
        ceiling[1] == 0 ? 0 : report.downloadSeconds() / ceiling[1]);
  }

  private static GenerationReport packdesk(CatalogSize size, Path catalog) {
    try (CatalogDatabase db = CatalogDatabase.open(CatalogLocation.ofFile(catalog))) {
      return CatalogGenerator.intoStagedFile(db.database(), "bench").generate(size, (phase, done, total) -> { });
    }
  }

  /** {package seconds, download seconds, rows}: the same catalog through JdbcCeilingLoader and JdbcDownloadCeiling. */
  private static double[] jdbc(CatalogSize size, Path catalog) throws Exception {
    SyntheticCatalog synthetic = new SyntheticCatalog(size);
    try (CatalogDatabase db = CatalogDatabase.open(CatalogLocation.ofFile(catalog))) { // schema, outside the timing
      String url = CatalogLocation.ofFile(catalog).jdbcUrl();
      Connection held = DriverManager.getConnection(url, "sa", "");
      BulkCache cache = BulkCache.enlarge(held); // the same cache as generate's
      long start = System.nanoTime();
      long rows;
      try (Connection c = DriverManager.getConnection(url, "sa", ""); JdbcCeilingLoader loader = new JdbcCeilingLoader(c)) {
        for (int i = 0; i < size.packages(); i++) {
          loader.load(synthetic.project(i));
          if ((i + 1) % CatalogGenerator.PACKAGES_PER_TRANSACTION == 0 || i + 1 == size.packages()) {
            loader.commit();
          }
        }
        rows = loader.rows;
      }
      long projects = System.nanoTime();
      try (Connection c = DriverManager.getConnection(url, "sa", "")) {
        JdbcDownloadCeiling downloads = new JdbcDownloadCeiling(c);
        if (size.downloads() > 0) {
          downloads.load(synthetic, synthetic.releaseIds(db.database()), CatalogGenerator.DOWNLOAD_BATCH);
        }
        rows += downloads.rows;
      }
      long end = System.nanoTime();
      cache.close();
      held.close();
      return new double[] {(projects - start) / 1e9, (end - projects) / 1e9, rows};
    }
  }

  private static void firstWindow(Path jar, Path catalog, Path work) throws Exception {
    if (System.getenv("DISPLAY") == null || !Files.exists(jar)) {
      System.out.println("Time to first window: skipped (needs $DISPLAY, e.g. an Xvfb, and " + jar + ")");
      return;
    }
    for (int i = 0; i < 3; i++) {
      long[] times = FirstWindowTimer.measure(jar, catalog, work.resolve("app-logs"));
      System.out.println(times == null ? "Time to first window: the app showed no main window within 2 minutes"
          : String.format("Time to first window (run %d): window %,d ms (target < 2 s); database open %,d ms,"
              + " catalog open %,d ms, main window on the catalog %,d ms", i + 1, times[0], times[1], times[2],
              times[3]));
    }
  }

  private static String arg(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
