package org.packdesk.importer;

import io.ebean.Database;
import io.ebean.Transaction;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Instant;
import org.packdesk.catalog.ChunkedBatch;
import org.packdesk.catalog.ChunkedBatch.Checkpoint;
import org.packdesk.importer.ReleaseFileIndex.FileRef;
import org.packdesk.model.DownloadImport;

/**
 * Stores downloads in batches, each its own transaction holding the raw rows, their rollup
 * counts and the source's {@link DownloadImport} record together (but for a staged load's writer,
 * {@link #forStagedLoad}). The log import feeds it the lines it reads; the catalog generator feeds
 * it made-up downloads, so both write through the same measured path.
 */
public final class DownloadWriter {

  private final Database db;
  private final String source;
  private final String curator;
  private final int batchSize;
  private final boolean commitChunks;
  private final DownloadBatch batch;
  private final UserAgentParser agents = new UserAgentParser();
  private DownloadImport record;
  private long lines;
  private long stored;

  /** @param source what the downloads come from, as the download imports list shows it */
  public DownloadWriter(Database db, String source, String curator, int batchSize) {
    this(db, source, curator, batchSize, true, false);
  }

  private DownloadWriter(Database db, String source, String curator, int batchSize, boolean totals,
      boolean commitChunks) {
    this.db = db;
    this.source = source;
    this.curator = curator;
    this.batchSize = batchSize;
    this.commitChunks = commitChunks;
    this.batch = new DownloadBatch(totals);
  }

  /**
   * A writer whose batches keep every rollup but leave {@code releases.download_total} and
   * {@code packages.download_total} to the caller, who sets them once all batches are in: for a
   * bulk load whose every batch reaches most of the catalog's releases. Each batch is still one
   * transaction (a generated catalog filled in place, on a database server).
   */
  public static DownloadWriter leavingTotalsToCaller(Database db, String source, String curator, int batchSize) {
    return new DownloadWriter(db, source, curator, batchSize, false, false);
  }

  /**
   * As {@link #leavingTotalsToCaller}, for a bulk load into a staged catalog file, which is
   * thrown away whole should the load fail ({@link org.packdesk.db.StagedCatalog}): the batches
   * commit every {@link ChunkedBatch#ROWS} rows instead of once a batch, which H2 stores about
   * twice as fast ({@link ChunkedBatch} says why). A batch is then not all-or-nothing (its raw
   * rows commit before its rollup counts), which only a file that is thrown away on failure can
   * afford.
   */
  public static DownloadWriter forStagedLoad(Database db, String source, String curator, int batchSize) {
    return new DownloadWriter(db, source, curator, batchSize, false, true);
  }

  /**
   * Adds a download of a file of release {@code releaseId} of package {@code packageId}; stores
   * the batch when it is full.
   *
   * @throws PersistenceException when the database refuses a batch (it is rolled back; a staged
   *     load's writer rolls back only its last, uncommitted chunk)
   */
  public void add(long releaseId, String packageId, Instant time, String ipAddress, String userAgent) {
    lines++;
    add(new FileRef(releaseId, packageId), DownloadLine.download(lines, null, null, time, ipAddress, userAgent,
        agents.parse(userAgent)));
    if (isFull()) {
      try {
        flush();
      } catch (SQLException e) {
        throw new PersistenceException("Could not store downloads: " + ImportErrors.rootMessage(e), e);
      }
    }
  }

  void add(FileRef file, DownloadLine line) {
    batch.add(file, line);
  }

  boolean isFull() {
    return batch.size() >= batchSize;
  }

  /**
   * Stores what the batch holds, in one transaction; on failure nothing of the batch is stored
   * (a staged load's writer: what its last chunks had committed stays, for the file to be thrown away).
   */
  void flush() throws SQLException {
    if (batch.isEmpty()) {
      return;
    }
    try (Transaction txn = db.beginTransaction()) {
      batch.write(txn.connection(), commitChunks ? txn::commitAndContinue : Checkpoint.NONE);
      if (record == null) {
        record = new DownloadImport(source, curator, batch.earliest(), batch.latest());
      }
      record.extend(batch.earliest(), batch.latest(), batch.size());
      db.save(record, txn);
      txn.commit();
    }
    stored += batch.size();
    batch.clear();
  }

  /** Stores the last, partly filled batch. */
  public void finish() {
    try {
      flush();
    } catch (SQLException e) {
      throw new PersistenceException("Could not store downloads: " + ImportErrors.rootMessage(e), e);
    }
  }

  /** The downloads stored so far. */
  public long stored() {
    return stored;
  }

  int pending() {
    return batch.size();
  }

  long firstPendingLine() {
    return batch.firstLine();
  }

  long lastPendingLine() {
    return batch.lastLine();
  }

  /** The record of this source's downloads, once a batch is stored; null before. */
  DownloadImport record() {
    return record;
  }
}
