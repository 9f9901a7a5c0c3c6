package org.packdesk.importer.generate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * H2's page cache enlarged for a bulk load, and put back as it was afterwards (H2 keeps the
 * setting in the file, and the desktop app must stay within its memory budget). With the default
 * 16 MB, once a catalog grows past some GB every insert into a unique index on random keys
 * (file names, the rollup's keys) reads and decodes pages evicted a moment before. On other
 * databases it does nothing.
 */
public final class BulkCache implements AutoCloseable {

  /** The cache for a bulk load, in MB: 512, or a quarter of the heap when that is less, so the load keeps its memory. */
  public static long megabytes() {
    return Math.min(512, Runtime.getRuntime().maxMemory() / 4 / (1024 * 1024));
  }

  private final Connection connection;
  private final long previousKb;

  private BulkCache(Connection connection, long previousKb) {
    this.connection = connection;
    this.previousKb = previousKb;
  }

  /** Enlarges the cache of the H2 database behind {@code connection} (which stays open until {@link #close}). */
  public static BulkCache enlarge(Connection connection) throws SQLException {
    long previousMb;
    try (Statement statement = connection.createStatement();
         ResultSet rs = statement.executeQuery("select setting_value from information_schema.settings"
             + " where setting_name = 'info.CACHE_MAX_SIZE'")) {
      if (!rs.next()) {
        return new BulkCache(connection, -1);
      }
      previousMb = Long.parseLong(rs.getString(1));
    } catch (SQLException notH2) {
      return new BulkCache(connection, -1);
    }
    set(connection, megabytes() * 1024);
    return new BulkCache(connection, previousMb * 1024);
  }

  private static void set(Connection connection, long kilobytes) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("set cache_size " + kilobytes);
    }
  }

  @Override
  public void close() throws SQLException {
    if (previousKb >= 0) {
      set(connection, previousKb);
    }
  }
}
