package org.packdesk.bench;

import io.ebean.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.db.CatalogLocation;
import org.packdesk.importer.ImportedProject;
import org.packdesk.importer.PypiImporter;
import org.packdesk.importer.PypiJsonReader;
import org.packdesk.importer.PypiProjectMapper;
import org.packdesk.importer.ProjectWriter;

/**
 * Import speed, measured (not a test). Imports the 64 real documents and a larger set made from
 * them with Packdesk's importer, a plain-JDBC batch loader of the same rows (the ceiling) and a
 * naive one-save-per-row Ebean loader, each into a fresh catalog, warm, in one JVM; then times
 * whole CLI processes. Run after {@code mvn -q package -DskipTests}:
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.packdesk.bench.ImportBenchmark \
 *     -Dexec.args="--files 5000 --naive-files 500"
 * </pre>
 */
public final class ImportBenchmark {

  private record Run(String loader, String set, int files, long releases, long rows, double seconds) {
    double releasesPerSecond() {
      return releases / seconds;
    }

    double rowsPerSecond() {
      return rows / seconds;
    }
  }

  /** Writes already-read documents into a catalog: the three loaders differ only in this. */
  private interface Loader {
    void load(Path catalog, List<ImportedProject> projects) throws Exception;
  }

  private final Path work;
  private final List<Run> runs = new ArrayList<>();

  private ImportBenchmark(Path work) {
    this.work = work;
  }

  public static void main(String[] args) throws Exception {
    int largeCount = intArg(args, "--files", 5000);
    int naiveCount = intArg(args, "--naive-files", 500);
    Path data = Path.of(stringArg(args, "--data", "../shared/data/pypi-json"));
    Path jar = Path.of(stringArg(args, "--jar", "target/packdesk.jar"));
    Path work = Path.of(stringArg(args, "--work", System.getProperty("java.io.tmpdir") + "/packdesk-bench"));
    new ImportBenchmark(work).run(data, largeCount, naiveCount, jar);
    System.exit(0);
  }

  private void run(Path data, int largeCount, int naiveCount, Path jar) throws Exception {
    deleteTree(work);
    Files.createDirectories(work);
    List<Path> small = PypiImporter.collectFiles(List.of(data));
    System.out.printf("Making %,d documents from the %d real ones...%n", largeCount, small.size());
    List<Path> large = LargeSetMaker.make(small, largeCount, work.resolve("large"));
    List<Path> naiveLarge = large.subList(0, Math.min(naiveCount, large.size()));

    System.out.println("Reading the documents (Jackson + mapping, shared by all loaders, timed apart)...");
    read(small); // warm
    long start = System.nanoTime();
    List<ImportedProject> smallProjects = read(small);
    double smallParse = (System.nanoTime() - start) / 1e9;
    start = System.nanoTime();
    List<ImportedProject> largeProjects = read(large);
    double largeParse = (System.nanoTime() - start) / 1e9;
    List<ImportedProject> naiveProjects = largeProjects.subList(0, naiveLarge.size());

    System.out.println("Warming up (each loader twice on the 64 documents)...");
    for (int i = 0; i < 2; i++) {
      measure("warm-up", smallProjects, "importer", this::packdesk);
      measure("warm-up", smallProjects, "plain JDBC", this::jdbc);
      measure("warm-up", smallProjects, "naive Ebean", this::naive);
    }
    runs.clear();
    for (int round = 0; round < 3; round++) {
      measure("64 real", smallProjects, "importer", this::packdesk);
      measure("64 real", smallProjects, "plain JDBC", this::jdbc);
    }
    measure("64 real", smallProjects, "naive Ebean", this::naive);
    measure(large.size() + " made", largeProjects, "importer", this::packdesk);
    measure(large.size() + " made", largeProjects, "plain JDBC", this::jdbc);
    measure(naiveLarge.size() + " made", naiveProjects, "naive Ebean", this::naive);
    report(smallParse, largeParse, large.size());
    processes(jar, data);
  }

  private static List<ImportedProject> read(List<Path> files) throws Exception {
    PypiJsonReader reader = new PypiJsonReader();
    PypiProjectMapper mapper = new PypiProjectMapper();
    List<ImportedProject> projects = new ArrayList<>(files.size());
    for (Path file : files) {
      projects.add(mapper.map(reader.read(file)));
    }
    return projects;
  }

  private void measure(String set, List<ImportedProject> files, String name, Loader loader) throws Exception {
    Path catalog = work.resolve("catalog-" + name.replace(' ', '-') + "-" + System.nanoTime());
    CatalogDatabase.open(CatalogLocation.ofFile(catalog)).close(); // schema first, outside the timing
    long start = System.nanoTime();
    loader.load(catalog, files);
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] counted = countRows(catalog);
    runs.add(new Run(name, set, files.size(), counted[0], counted[1], seconds));
    System.out.printf("  %-12s %-12s %8.2f s%n", name, set, seconds);
    deleteTree(catalog.getParent().resolve(catalog.getFileName() + CatalogLocation.H2_SUFFIX));
  }

  /** Packdesk's own writer: one transaction per document, exactly as an import runs it. */
  private void packdesk(Path catalog, List<ImportedProject> projects) throws Exception {
    try (CatalogDatabase db = CatalogDatabase.open(CatalogLocation.ofFile(catalog))) {
      ProjectWriter writer = new ProjectWriter(db.database(), () -> "bench");
      for (ImportedProject project : projects) {
        writer.write(project, project.id());
      }
    }
  }

  private void jdbc(Path catalog, List<ImportedProject> projects) throws Exception {
    try (Connection c = DriverManager.getConnection(CatalogLocation.ofFile(catalog).jdbcUrl(), "sa", "");
         JdbcCeilingLoader loader = new JdbcCeilingLoader(c)) {
      for (ImportedProject project : projects) {
        loader.load(project);
        loader.commit(); // one document a transaction, as ProjectWriter.write above
      }
    }
  }

  private void naive(Path catalog, List<ImportedProject> projects) {
    try (CatalogDatabase db = CatalogDatabase.open(CatalogLocation.ofFile(catalog))) {
      NaiveEbeanLoader loader = new NaiveEbeanLoader(db.database());
      projects.forEach(loader::load);
    }
  }

  /** {releases, rows in the catalog's data tables (the journal excluded)}. */
  private static long[] countRows(Path catalog) {
    try (CatalogDatabase db = CatalogDatabase.open(CatalogLocation.ofFile(catalog))) {
      Database d = db.database();
      long rows = 0;
      for (String table : List.of("packages", "releases", "release_files", "users", "maintainers", "languages",
          "licenses", "package_languages")) {
        rows += d.sqlQuery("select count(*) from " + table).mapToScalar(Long.class).findOne();
      }
      long releases = d.sqlQuery("select count(*) from releases").mapToScalar(Long.class).findOne();
      return new long[] {releases, rows};
    }
  }

  private void report(double smallParse, double largeParse, int largeCount) {
    System.out.println();
    System.out.printf("Reading + mapping (Jackson, PEP 440, licenses, people), not in the write figures below:%n"
        + "  64 real documents %.2f s; %,d made documents %.2f s%n%n", smallParse, largeCount, largeParse);
    System.out.println("Writing (rows = the catalog's rows in all data tables, the journal excluded):");
    System.out.printf("%-12s %-12s %7s %9s %9s %8s %11s %11s%n", "loader", "set", "files", "releases", "rows",
        "seconds", "releases/s", "rows/s");
    for (Run r : runs) {
      System.out.printf("%-12s %-12s %7d %9d %9d %8.2f %11.0f %11.0f%n", r.loader(), r.set(), r.files(), r.releases(),
          r.rows(), r.seconds(), r.releasesPerSecond(), r.rowsPerSecond());
    }
    System.out.println();
    for (String set : runs.stream().map(Run::set).distinct().toList()) {
      Run importer = best(set, "importer");
      Run jdbc = best(set, "plain JDBC");
      if (importer != null && jdbc != null) {
        System.out.printf("%-12s importer takes %.2fx the plain-JDBC time, best runs (target: within 1.5x)%n", set,
            jdbc.rowsPerSecond() / importer.rowsPerSecond());
      }
    }
    Run importerLarge = runs.stream().filter(r -> r.loader().equals("importer") && r.set().endsWith("made")).findFirst().orElse(null);
    Run naiveLarge = runs.stream().filter(r -> r.loader().equals("naive Ebean") && r.set().endsWith("made")).findFirst().orElse(null);
    if (importerLarge != null && naiveLarge != null) {
      System.out.printf("large set: importer is %.1fx the naive loader's rows/s (target: at least 3x)%n",
          importerLarge.rowsPerSecond() / naiveLarge.rowsPerSecond());
    }
  }

  private Run best(String set, String loader) {
    return runs.stream().filter(r -> r.set().equals(set) && r.loader().equals(loader))
        .max(Comparator.comparingDouble(Run::rowsPerSecond)).orElse(null);
  }

  /** Whole processes, as a curator runs them: a cold import of the 64 files and a bare start. */
  private void processes(Path jar, Path data) throws Exception {
    if (!Files.exists(jar)) {
      System.out.println("\n(no " + jar + ": run mvn -q package -DskipTests for the whole-process figures)");
      return;
    }
    System.out.println();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (List<String> flags : List.of(List.<String>of(), List.of("-XX:TieredStopAtLevel=1"))) {
      Path catalog = work.resolve("cli-" + System.nanoTime());
      double importSeconds = process(cmd(java, flags, jar, "import", "pypi-json", data.toString(), "--db", catalog.toString()));
      List<Double> starts = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        starts.add(process(cmd(java, flags, jar, "info", "--db", catalog.toString())));
      }
      starts.sort(null);
      System.out.printf("CLI %-26s import of 64 files: %.2f s; bare start (info), median of 5: %.2f s (min %.2f)%n",
          flags.isEmpty() ? "(default JIT)" : String.join(" ", flags), importSeconds, starts.get(2), starts.get(0));
    }
  }

  private static List<String> cmd(String java, List<String> flags, Path jar, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(java);
    cmd.addAll(flags);
    cmd.add("-jar");
    cmd.add(jar.toString());
    cmd.addAll(List.of(args));
    return cmd;
  }

  private double process(List<String> command) throws Exception {
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(work.resolve("process.log").toFile()).start();
    int code = p.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (code != 0) {
      throw new IllegalStateException(command + " exited " + code + ": " + Files.readString(work.resolve("process.log")));
    }
    return seconds;
  }

  private static int intArg(String[] args, String name, int fallback) {
    String value = stringArg(args, name, null);
    return value == null ? fallback : Integer.parseInt(value);
  }

  private static String stringArg(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }

  private static void deleteTree(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
