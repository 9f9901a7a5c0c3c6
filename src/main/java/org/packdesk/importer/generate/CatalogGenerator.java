package org.packdesk.importer.generate;

import io.ebean.Database;
import io.ebean.Transaction;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.packdesk.catalog.ChunkedBatch.Checkpoint;
import org.packdesk.importer.DownloadWriter;
import org.packdesk.importer.ImportedProject;
import org.packdesk.importer.ProjectWriter;
import org.packdesk.importer.RejectedFileException;
import org.packdesk.importer.generate.DownloadEvents.Event;

/**
 * Fills an empty catalog with a synthetic one of a given size, the same for the same seed:
 * packages through the importer's {@link ProjectWriter} (its bulk path for packages new to the
 * catalog, a thousand to a transaction), downloads through the download import's {@link DownloadWriter}
 * (batches that keep every rollup, committed a thousand rows at a time into a staged file; the
 * stored totals are set once at the end, from counts kept here). The tables' secondary indexes
 * are built after the load ({@link DeferredIndexes}). Nothing is held but one int per package and
 * two longs per release; packages and downloads are made as they are written.
 */
public final class CatalogGenerator {

  /**
   * Downloads per batch: larger than a log import's batches, as nothing here waits on reading. A
   * batch's counts are summed in memory before they reach the rollups, and each batch rewrites
   * every rollup row it counts (a popular release's month row is counted by nearly every batch),
   * so fewer, larger batches write fewer rows: at a quarter of PyPI's size the downloads took 462 s
   * in batches of a million against 541 s in batches of 200,000 (measured when each batch was one
   * transaction; into a staged file its rows now commit a thousand at a time).
   */
  public static final int DOWNLOAD_BATCH = 1_000_000;
  /** Downloads between two progress reports: a tenth of a batch, so that a small run shows its progress too. */
  static final int DOWNLOAD_PROGRESS = 100_000;
  /** The tables the report counts, in the order a curator thinks of them. */
  public static final List<String> TABLES = List.of("packages", "releases", "release_files", "users", "maintainers",
      "licenses", "languages", "package_languages", "downloads", "download_days", "download_release_days", "download_months",
      "download_package_days", "download_package_months", "download_clients", "download_imports", "auditing");
  /**
   * Packages per transaction of the importer's bulk path: large enough that each kind of row goes
   * as one big JDBC batch, small enough that a chunk's documents stay a few MB.
   */
  public static final int PACKAGES_PER_TRANSACTION = 1_000;
  /**
   * The index kept through the load, as the downloads come in time order ({@link DownloadEvents}):
   * each new row lands at the end of the downloads' (created_date, id) index. Built afterwards,
   * it was the longest of the index builds, a scan and sort of the whole raw table.
   */
  static final Set<String> IN_LOAD_ORDER = Set.of("ix_downloads_created_id");

  private final Database db;
  private final String curator;
  private final boolean staged;
  private final int downloadBatch;

  /**
   * A generator that fills {@code db} in place, each batch of downloads one transaction: a stopped
   * run leaves whole batches (a database server, which has no staged file).
   */
  public CatalogGenerator(Database db, String curator) {
    this(db, curator, false, DOWNLOAD_BATCH);
  }

  /** @param downloadBatch downloads a batch ({@link #DOWNLOAD_BATCH}; tests make many batches of a small catalog) */
  CatalogGenerator(Database db, String curator, boolean staged, int downloadBatch) {
    this.db = db;
    this.curator = curator;
    this.staged = staged;
    this.downloadBatch = downloadBatch;
  }

  /**
   * A generator that fills a staged catalog file, thrown away whole should the run stop
   * ({@link org.packdesk.db.StagedCatalog}): its downloads and totals commit a thousand rows at a
   * time, which H2 stores about twice as fast ({@link DownloadWriter#forStagedLoad}).
   */
  public static CatalogGenerator intoStagedFile(Database db, String curator) {
    return new CatalogGenerator(db, curator, true, DOWNLOAD_BATCH);
  }

  /** The number of packages, releases, users and downloads already in the catalog (0 when it is empty). */
  public static long existingRows(Database db) {
    long rows = 0;
    for (String table : List.of("packages", "releases", "users", "downloads")) {
      rows += count(db, table);
    }
    return rows;
  }

  /**
   * @throws IllegalStateException when the catalog is not empty: a seed describes a whole catalog,
   *     and generated names would collide with (and update) the packages already there
   */
  public GenerationReport generate(CatalogSize size, GenerationProgress progress) {
    if (existingRows(db) > 0) {
      throw new IllegalStateException("The catalog is not empty; the generator only fills an empty one");
    }
    SyntheticCatalog synthetic = new SyntheticCatalog(size);
    long start = System.nanoTime();
    long projectsDone;
    try (Connection held = db.dataSource().getConnection(); BulkCache cache = BulkCache.enlarge(held);
         DeferredIndexes deferred = DeferredIndexes.drop(held, TABLES, IN_LOAD_ORDER)) {
      writeProjects(synthetic, progress);
      projectsDone = System.nanoTime();
      writeDownloads(synthetic, progress);
      deferred.rebuild(progress);
    } catch (SQLException e) {
      throw new PersistenceException("Could not set the database cache for the bulk load: " + e.getMessage(), e);
    }
    long end = System.nanoTime();
    Map<String, Long> rows = new LinkedHashMap<>();
    TABLES.forEach(table -> rows.put(table, count(db, table)));
    return new GenerationReport(size, rows, (projectsDone - start) / 1e9, (end - projectsDone) / 1e9);
  }

  private void writeProjects(SyntheticCatalog synthetic, GenerationProgress progress) {
    CatalogSize size = synthetic.size();
    ProjectWriter writer = new ProjectWriter(db, () -> curator);
    String source = "generated catalog (seed " + size.seed() + ")";
    for (int from = 0; from < size.packages(); from += PACKAGES_PER_TRANSACTION) {
      int to = Math.min(size.packages(), from + PACKAGES_PER_TRANSACTION);
      List<ImportedProject> chunk = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        chunk.add(synthetic.project(i));
      }
      try {
        writer.writeAll(chunk, source);
      } catch (RejectedFileException e) {
        throw new IllegalStateException("The generator made a package the importer rejects: " + e.getMessage(), e);
      }
      progress.advanced("packages", to, size.packages());
    }
  }

  private void writeDownloads(SyntheticCatalog synthetic, GenerationProgress progress) {
    CatalogSize size = synthetic.size();
    if (size.downloads() == 0) {
      return;
    }
    ReleaseIndex releases = synthetic.releaseIds(db);
    String source = "generated downloads (seed " + size.seed() + ")";
    DownloadWriter writer = staged ? DownloadWriter.forStagedLoad(db, source, curator, downloadBatch)
        : DownloadWriter.leavingTotalsToCaller(db, source, curator, downloadBatch);
    DownloadEvents events = synthetic.downloads();
    long done = 0;
    while (events.hasNext()) {
      Event e = events.next(releases::releases);
      writer.add(releases.releaseId(e.packageIndex(), e.release()), synthetic.packageId(e.packageIndex()), e.time(),
          e.ipAddress(), e.userAgent());
      releases.count(e.packageIndex(), e.release());
      if (++done % DOWNLOAD_PROGRESS == 0) {
        progress.advanced("downloads", done, size.downloads());
      }
    }
    writer.finish();
    try (Transaction txn = db.beginTransaction()) {
      releases.writeTotals(txn.connection(), staged ? txn::commitAndContinue : Checkpoint.NONE);
      txn.commit();
    } catch (SQLException e) {
      throw new PersistenceException("Could not store the download totals: " + e.getMessage(), e);
    }
    progress.advanced("downloads", done, size.downloads());
  }

  private static long count(Database db, String table) {
    return db.sqlQuery("select count(*) from " + table).mapToScalar(Long.class).findOne();
  }
}
