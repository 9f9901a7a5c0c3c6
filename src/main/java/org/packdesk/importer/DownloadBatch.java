package org.packdesk.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.packdesk.catalog.CatalogTotals;
import org.packdesk.catalog.search.SearchBacklog;
import org.packdesk.importer.ReleaseFileIndex.FileRef;

/**
 * Downloads read from a log and not yet stored, written as JDBC batches on the import's
 * transaction (the measured hot path: millions of rows): the raw rows, then their per-day counts
 * added to {@code download_days}. The rollup is added to with a portable update-then-insert (an
 * update that finds no row for a key is followed by its insert), which H2 and PostgreSQL both run
 * as is; within one transaction it keeps the counts equal to the raw rows.
 */
final class DownloadBatch {

  private static final String INSERT_DOWNLOAD = "insert into downloads (created_date, package_id, release_id,"
      + " ip_address, user_agent, version) values (?,?,?,?,?,1)";
  /**
   * The row is found by a subquery on the whole key: given the five columns in the update's own
   * WHERE, H2 (once its statistics say releases are selective) walks the release_id index and
   * scans every rollup row of a popular release, hundreds of times slower at millions of rows.
   */
  static final String ADD_TO_DAY = "update download_days set downloads = downloads + ?, version = version + 1"
      + " where id = (select d.id from download_days d where d.utc_day = ? and d.release_id = ? and d.installer = ?"
      + " and d.python = ? and d.system = ?)";
  private static final String INSERT_DAY = "insert into download_days (utc_day, package_id, release_id, installer,"
      + " python, system, downloads, version) values (?,?,?,?,?,?,?,1)";
  private static final int MAX_ADDRESS = 64;
  private static final int MAX_AGENT = 1000;

  private record Row(FileRef file, Instant time, String ipAddress, String userAgent) {
  }

  private record DayKey(LocalDate day, long releaseId, String packageId, String installer, String python,
      String system) {
  }

  private final List<Row> rows = new ArrayList<>();
  // insertion order, so that the rollup rows get their ids in the same order on every run
  private final Map<DayKey, Long> days = new LinkedHashMap<>();
  private final Map<String, Long> byPackage = new LinkedHashMap<>();
  private long firstLine;
  private long lastLine;
  private Instant earliest;
  private Instant latest;

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
    days.merge(new DayKey(LocalDate.ofInstant(line.time(), ZoneOffset.UTC), file.releaseId(), file.packageId(),
        client.installer(), client.python(), client.system()), 1L, Long::sum);
    byPackage.merge(file.packageId(), 1L, Long::sum);
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

  /** Writes the raw rows and adds them to the rollup, on the caller's transaction. */
  void write(Connection connection) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT_DOWNLOAD)) {
      for (Row row : rows) {
        insert.setTimestamp(1, Timestamp.from(row.time()));
        insert.setString(2, row.file().packageId());
        insert.setLong(3, row.file().releaseId());
        insert.setString(4, row.ipAddress());
        insert.setString(5, row.userAgent());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    List<DayKey> keys = new ArrayList<>(days.keySet());
    // downloads: totals change with the rollup, in the same transaction
    SearchBacklog.mark(connection, keys.stream().map(DayKey::packageId).distinct().toList());
    List<DayKey> missing = new ArrayList<>();
    try (PreparedStatement update = connection.prepareStatement(ADD_TO_DAY)) {
      for (DayKey key : keys) {
        update.setLong(1, days.get(key));
        setKey(update, 2, key);
        update.addBatch();
      }
      int[] updated = update.executeBatch();
      for (int i = 0; i < updated.length; i++) {
        if (updated[i] == 0) {
          missing.add(keys.get(i));
        }
      }
    }
    if (!missing.isEmpty()) {
      try (PreparedStatement insert = connection.prepareStatement(INSERT_DAY)) {
        for (DayKey key : missing) {
          insert.setObject(1, key.day());
          insert.setString(2, key.packageId());
          insert.setLong(3, key.releaseId());
          insert.setString(4, key.installer());
          insert.setString(5, key.python());
          insert.setString(6, key.system());
          insert.setLong(7, days.get(key));
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
    CatalogTotals.addDownloads(connection, byPackage);
  }

  void clear() {
    rows.clear();
    days.clear();
    byPackage.clear();
  }

  private static void setKey(PreparedStatement statement, int first, DayKey key) throws SQLException {
    statement.setObject(first, key.day());
    statement.setLong(first + 1, key.releaseId());
    statement.setString(first + 2, key.installer());
    statement.setString(first + 3, key.python());
    statement.setString(first + 4, key.system());
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
