package org.packdesk.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.packdesk.catalog.ChunkedBatch;
import org.packdesk.catalog.ChunkedBatch.Checkpoint;
import org.packdesk.catalog.DownloadRollup;
import org.packdesk.catalog.DownloadRollup.DayKey;
import org.packdesk.importer.ReleaseFileIndex.FileRef;

/**
 * Downloads read from a log and not yet stored, written as JDBC batches on the import's
 * transaction (the measured hot path: millions of rows): the raw rows, then their counts added to
 * every rollup by {@link DownloadRollup}; within one transaction the counts stay equal to the raw rows.
 */
final class DownloadBatch {

  private static final String INSERT_DOWNLOAD = "insert into downloads (created_date, package_id, release_id,"
      + " ip_address, user_agent, version) values (?,?,?,?,?,1)";
  private static final int MAX_ADDRESS = 64;
  private static final int MAX_AGENT = 1000;

  private record Row(FileRef file, Instant time, String ipAddress, String userAgent) {
  }

  private final List<Row> rows = new ArrayList<>();
  private final DownloadRollup rollup;
  private long firstLine;
  private long lastLine;
  private Instant earliest;
  private Instant latest;

  /** @param totals whether each batch adds to the stored release and package totals (see {@link DownloadRollup}) */
  DownloadBatch(boolean totals) {
    this.rollup = new DownloadRollup(totals);
  }

  void add(FileRef file, DownloadLine line) {
    if (rows.isEmpty()) {
      firstLine = line.number();
      earliest = line.time();
      latest = line.time();
    } else if (line.time().isBefore(earliest)) {
      earliest = line.time();
    } else if (line.time().isAfter(latest)) {
      latest = line.time();
    }
    lastLine = line.number();
    rows.add(new Row(file, line.time(), cut(line.ipAddress(), MAX_ADDRESS), cut(line.userAgent(), MAX_AGENT)));
    ClientDetails client = line.client();
    rollup.add(new DayKey(LocalDate.ofInstant(line.time(), ZoneOffset.UTC), file.releaseId(), file.packageId(),
        client.installer(), client.python(), client.system()), 1L);
  }

  int size() {
    return rows.size();
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  long firstLine() {
    return firstLine;
  }

  long lastLine() {
    return lastLine;
  }

  Instant earliest() {
    return earliest;
  }

  Instant latest() {
    return latest;
  }

  /**
   * Writes the raw rows and adds them to the rollup, on the caller's transaction, running
   * {@code checkpoint} after each {@link ChunkedBatch#ROWS} rows.
   */
  void write(Connection connection, Checkpoint checkpoint) throws SQLException {
    try (ChunkedBatch insert = ChunkedBatch.of(connection, INSERT_DOWNLOAD, checkpoint)) {
      PreparedStatement statement = insert.statement();
      for (Row row : rows) {
        statement.setTimestamp(1, Timestamp.from(row.time()));
        statement.setString(2, row.file().packageId());
        statement.setLong(3, row.file().releaseId());
        statement.setString(4, row.ipAddress());
        statement.setString(5, row.userAgent());
        insert.add();
      }
      insert.finish();
    }
    rollup.write(connection, checkpoint);
  }

  void clear() {
    rows.clear();
    rollup.clear();
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
