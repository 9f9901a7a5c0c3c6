package org.packdesk.db;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which catalog to open: an H2 file (named without its {@code .mv.db} ending) or any JDBC URL.
 * Chosen by {@code --db}, else {@code PACKDESK_DB}, else (in the desktop app) the curator's
 * preference, else the default file in the data directory.
 */
public final class CatalogLocation {

  public static final String ENV_VARIABLE = "PACKDESK_DB";
  public static final String H2_SUFFIX = ".mv.db";
  private static final String DEFAULT_FILE_NAME = "catalog";

  private final String jdbcUrl;
  private final Path file;
  /** H2's page cache for a catalog file, in KB. */
  static final int CACHE_KB = 128 * 1024;
  /**
   * The live share of a catalog file, in percent, below which H2 moves and rewrites its chunks in
   * the background. H2's default of 90 set the PyPI-sized catalog (56.8 GB, 71% live after an
   * upgrade) moving chunks from the moment it opened, every time, reading and writing on one of the
   * machine's two cores while the curator waited. Measured side by side: the main window came
   * 1.7–2.2 s after the catalog had opened with it and 1.2–1.5 s without, and a common license's
   * facets took p95 64–96 ms with it and 27–34 ms without. At 50, a file is compacted once half of
   * it is dead space.
   */
  static final int AUTO_COMPACT_FILL_RATE = 50;

  private CatalogLocation(String jdbcUrl, Path file) {
    this.jdbcUrl = jdbcUrl;
    this.file = file;
  }

  /** The first of: the command-line value, the environment variable, the default file. */
  public static CatalogLocation resolve(String option, Map<String, String> env, DataDirectories dirs) {
    return resolve(option, env, null, dirs);
  }

  /**
   * The first of: the command-line value, the environment variable, the curator's preferred
   * catalog (the desktop app's preferences), the default file.
   */
  public static CatalogLocation resolve(String option, Map<String, String> env, String preferred,
      DataDirectories dirs) {
    return Stream.of(option, env.get(ENV_VARIABLE), preferred)
        .filter(value -> value != null && !value.isBlank())
        .findFirst()
        .map(CatalogLocation::parse)
        .orElseGet(() -> builtInDefault(dirs));
  }

  /** The catalog used when nothing names one: {@code catalog} in the data directory. */
  public static CatalogLocation builtInDefault(DataDirectories dirs) {
    return ofFile(dirs.dataDir().resolve(DEFAULT_FILE_NAME));
  }

  /** A JDBC URL as given, or a file path (relative paths are taken from the working directory). */
  public static CatalogLocation parse(String value) {
    String trimmed = value.trim();
    if (trimmed.startsWith("jdbc:")) {
      return new CatalogLocation(trimmed, null);
    }
    return ofFile(Path.of(trimmed));
  }

  public static CatalogLocation ofFile(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    String name = absolute.getFileName().toString();
    if (name.endsWith(H2_SUFFIX)) {
      absolute = absolute.resolveSibling(name.substring(0, name.length() - H2_SUFFIX.length()));
    }
    // H2 2.x refuses implicitly relative paths, hence the absolute form; the application closes
    // the database itself, so H2 must not close it in a shutdown hook underneath it. A page cache
    // of 128 MB instead of H2's 16: a report or a deep page over millions of rows otherwise
    // decodes the same pages again and again (measured by DownloadReportBenchmark), and it
    // stays well inside the heap the application is meant to use (512 MB). Pages are stored
    // compressed (H2's LZF): a catalog's rows repeat themselves (user agents, names, licenses,
    // days); a generated catalog of 35,000 packages and 2,500,000 downloads took 1,620 MB instead
    // of 2,945, generated as fast, its searches, pages and reports well inside their targets (a
    // scan of a whole index, in H2's 64 KB compressed pages, took 55 ms against 33). Half the file
    // is half the backup before every upgrade, and more of a big catalog fits the machine's file
    // cache. H2 reads pages written either way, with or without it.
    String url = "jdbc:h2:file:" + absolute + ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=" + CACHE_KB
        + ";AUTO_COMPACT_FILL_RATE=" + AUTO_COMPACT_FILL_RATE + ";COMPRESS=TRUE";
    return new CatalogLocation(url, absolute);
  }

  public String jdbcUrl() {
    return jdbcUrl;
  }

  /** The H2 file (without suffix) when this is a file catalog. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** The {@code .mv.db} file itself, when this is a file catalog. */
  public Optional<Path> dataFile() {
    return file().map(f -> f.resolveSibling(f.getFileName() + H2_SUFFIX));
  }

  /** The folder of the search index kept beside the catalog file {@code file} ({@code catalog.search}). */
  public static Path searchFolder(Path file) {
    return file.resolveSibling(file.getFileName() + ".search");
  }

  /** The platform name used for the migration scripts' folder. */
  public String platform() {
    if (jdbcUrl.startsWith("jdbc:h2:")) {
      return "h2";
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return "postgres";
    }
    throw new CatalogOpenException("Packdesk cannot use the database at " + jdbcUrl
        + ": only H2 files and PostgreSQL are supported. Give --db a file path or a jdbc:h2: URL.");
  }

  /** What to show a person: the file path, or the URL. */
  public String describe() {
    return dataFile().map(Path::toString).orElse(jdbcUrl);
  }

  @Override
  public String toString() {
    return describe();
  }
}
