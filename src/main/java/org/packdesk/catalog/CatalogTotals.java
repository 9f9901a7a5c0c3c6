package org.packdesk.catalog;

import io.ebean.Database;
import io.ebean.Transaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;

/**
 * Keeps the derived columns that tables sort by (migration 1.3) equal to what they derive from:
 * {@code packages.latest_version}, {@code latest_sort_key}, {@code maintainer_count},
 * {@code total_size} (migration 1.8), {@code download_total}, and {@code releases.file_count}, {@code total_size} ({@code releases.download_total}
 * is added to by {@link DownloadRollup} with the package's). Every write path
 * that changes releases, files, maintainers or downloads calls it on its own transaction, so
 * the totals commit (or roll back) with the rows they count. Plain JDBC: the importer calls it
 * from its hot paths, and it runs as is on H2 and PostgreSQL.
 */
public final class CatalogTotals {

  private static final String RELEASES = "update releases set"
      + " file_count = (select count(*) from release_files f where f.release_id = releases.id),"
      + " total_size = coalesce(size, (select sum(f.size) from release_files f where f.release_id = releases.id))"
      + " where package_id = ?";
  private static final String PACKAGE = "update packages set"
      + " maintainer_count = (select count(*) from maintainers m where m.package_id = packages.id),"
      + " latest_sort_key = (select max(r.sort_key) from releases r where r.package_id = packages.id),"
      + " total_size = coalesce((select sum(r.total_size) from releases r where r.package_id = packages.id), 0)"
      + " where id = ?";
  private static final String LATEST = "update packages set latest_version = (select min(r.version_string)"
      + " from releases r where r.package_id = packages.id and r.sort_key = packages.latest_sort_key) where id = ?";
  private static final String ADD_DOWNLOADS = "update packages set download_total = download_total + ? where id = ?";

  private CatalogTotals() {
  }

  /** Recounts the releases, files and maintainers of {@code packageId} (not its downloads, which only grow). */
  public static void refreshPackage(Connection connection, String packageId) throws SQLException {
    for (String sql : new String[] {RELEASES, PACKAGE, LATEST}) {
      try (PreparedStatement update = connection.prepareStatement(sql)) {
        update.setString(1, packageId);
        update.executeUpdate();
      }
    }
  }

  /** As {@link #refreshPackage(Connection, String)} for each package, on Ebean's current transaction. */
  public static void refreshPackages(Database db, Collection<String> packageIds) {
    Transaction txn = db.currentTransaction();
    if (txn == null) {
      throw new IllegalStateException("CatalogTotals runs on the caller's transaction");
    }
    txn.flush(); // Ebean's batched writes first, so the counts see them
    try {
      for (String id : new TreeSet<>(packageIds)) {
        refreshPackage(txn.connection(), id);
      }
    } catch (SQLException e) {
      throw new jakarta.persistence.PersistenceException("Could not recount " + packageIds, e);
    }
  }

  /**
   * Recounts every package and release, downloads included, and every license's and language's
   * packages ({@link UsageCounts}): for catalogs filled by other means
   * than the importer (test catalogs, generated benchmark catalogs). Migration 1.3 does the same
   * for catalogs made before it.
   */
  public static void recountAll(Connection connection) throws SQLException {
    try (var statement = connection.createStatement()) {
      statement.executeUpdate(RELEASES.replace(" where package_id = ?", ""));
      statement.executeUpdate(PACKAGE.replace(" where id = ?", ""));
      statement.executeUpdate(LATEST.replace(" where id = ?", ""));
      statement.executeUpdate("update packages set download_total ="
          + " (select count(*) from downloads d where d.package_id = packages.id)");
      statement.executeUpdate("update releases set download_total ="
          + " (select count(*) from downloads d where d.release_id = releases.id)");
    }
    UsageCounts.recountAll(connection);
  }

  /** Adds newly stored downloads to their packages' totals. */
  public static void addDownloads(Connection connection, Map<String, Long> downloadsByPackage) throws SQLException {
    if (downloadsByPackage.isEmpty()) {
      return;
    }
    try (PreparedStatement update = connection.prepareStatement(ADD_DOWNLOADS)) {
      for (Map.Entry<String, Long> e : new java.util.TreeMap<>(downloadsByPackage).entrySet()) {
        update.setLong(1, e.getValue());
        update.setString(2, e.getKey());
        update.addBatch();
      }
      update.executeBatch();
    }
  }
}
