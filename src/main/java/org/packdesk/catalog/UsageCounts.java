package org.packdesk.catalog;

import io.ebean.Database;
import io.ebean.Transaction;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Keeps {@code licenses.package_count} and {@code languages.package_count} (migration 1.7) equal
 * to the packages that have the license and that declare the language, so the Licenses and
 * Languages tables page by them through an index instead of grouping every package on each
 * search. Every write path calls it on its own transaction, as {@link CatalogTotals} is called:
 * the importer adds what it moved (one package, or a chunk of new ones), curators' edits recount
 * the few licenses and languages they touched. Plain JDBC, as is on H2 and PostgreSQL.
 */
public final class UsageCounts {

  private static final String RECOUNT_LICENSES = "update licenses set package_count ="
      + " (select count(*) from packages p where p.license_id = licenses.id)";
  private static final String RECOUNT_LANGUAGES = "update languages set package_count ="
      + " (select count(*) from package_languages pl where pl.language_id = languages.id)";
  private static final String ADD_LICENSE = "update licenses set package_count = package_count + ? where id = ?";
  private static final String ADD_LANGUAGE = "update languages set package_count = package_count + ? where id = ?";

  /** What one package counts towards: its license (null for none) and the languages it declares. */
  public record Usage(String license, Set<String> languages) {

    public static final Usage NONE = new Usage(null, Set.of());

    public Usage {
      languages = Set.copyOf(languages);
    }

    /** The package's license and languages as stored now (in {@code connection}'s transaction); NONE when it is gone. */
    public static Usage of(Connection connection, String packageId) throws SQLException {
      String license = null;
      boolean found = false;
      try (PreparedStatement query = connection.prepareStatement("select license_id from packages where id = ?")) {
        query.setString(1, packageId);
        try (ResultSet rs = query.executeQuery()) {
          if (rs.next()) {
            found = true;
            license = rs.getString(1);
          }
        }
      }
      Set<String> languages = new LinkedHashSet<>();
      try (PreparedStatement query = connection.prepareStatement(
          "select language_id from package_languages where package_id = ?")) {
        query.setString(1, packageId);
        try (ResultSet rs = query.executeQuery()) {
          while (rs.next()) {
            languages.add(rs.getString(1));
          }
        }
      }
      return found ? new Usage(license, languages) : NONE;
    }
  }

  private UsageCounts() {
  }

  /**
   * One package went from {@code before} to {@code after} (NONE for a package created or
   * deleted): takes it off the counts it left and adds it to those it joined.
   */
  public static void moved(Connection connection, Usage before, Usage after) throws SQLException {
    Map<String, Long> licenses = new HashMap<>();
    if (!Objects.equals(before.license(), after.license())) {
      addTo(licenses, before.license(), -1);
      addTo(licenses, after.license(), 1);
    }
    Map<String, Long> languages = new HashMap<>();
    before.languages().stream().filter(l -> !after.languages().contains(l)).forEach(l -> addTo(languages, l, -1));
    after.languages().stream().filter(l -> !before.languages().contains(l)).forEach(l -> addTo(languages, l, 1));
    add(connection, licenses, languages);
  }

  /** Adds {@code delta} to {@code id}'s entry (none for a null id, as a package without a license). */
  public static void addTo(Map<String, Long> counts, String id, long delta) {
    if (id != null) {
      counts.merge(id, delta, Long::sum);
    }
  }

  /** Adds to each license's and language's count: one batch a table, in id order (the same lock order for every writer). */
  public static void add(Connection connection, Map<String, Long> byLicense, Map<String, Long> byLanguage)
      throws SQLException {
    addAll(connection, ADD_LICENSE, byLicense);
    addAll(connection, ADD_LANGUAGE, byLanguage);
  }

  private static void addAll(Connection connection, String sql, Map<String, Long> deltas) throws SQLException {
    if (deltas.values().stream().allMatch(d -> d == 0)) {
      return;
    }
    try (PreparedStatement update = connection.prepareStatement(sql)) {
      for (Map.Entry<String, Long> e : new TreeMap<>(deltas).entrySet()) {
        if (e.getValue() != 0) {
          update.setLong(1, e.getValue());
          update.setString(2, e.getKey());
          update.addBatch();
        }
      }
      update.executeBatch();
    }
  }

  /**
   * Counts the named licenses and languages again from the rows, on Ebean's current transaction
   * (its batched writes first): for edits that move packages between a few of them. Each count
   * is one range of the packages' license index or of the languages' join-table index.
   */
  public static void recount(Database db, Collection<String> licenses, Collection<String> languages) {
    Transaction txn = db.currentTransaction();
    if (txn == null) {
      throw new IllegalStateException("UsageCounts runs on the caller's transaction");
    }
    txn.flush();
    try {
      recount(txn.connection(), RECOUNT_LICENSES, licenses);
      recount(txn.connection(), RECOUNT_LANGUAGES, languages);
    } catch (SQLException e) {
      throw new PersistenceException("Could not recount the packages of " + licenses + " " + languages, e);
    }
  }

  private static void recount(Connection connection, String sql, Collection<String> ids) throws SQLException {
    Set<String> sorted = new TreeSet<>();
    ids.stream().filter(Objects::nonNull).forEach(sorted::add);
    if (sorted.isEmpty()) {
      return;
    }
    try (PreparedStatement update = connection.prepareStatement(sql + " where id = ?")) {
      for (String id : sorted) {
        update.setString(1, id);
        update.addBatch();
      }
      update.executeBatch();
    }
  }

  /**
   * Counts every license and language again: for catalogs filled by other means than the
   * importer (test and benchmark catalogs). Migration 1.7 does the same for older catalogs.
   */
  public static void recountAll(Connection connection) throws SQLException {
    try (var statement = connection.createStatement()) {
      statement.executeUpdate(RECOUNT_LICENSES);
      statement.executeUpdate(RECOUNT_LANGUAGES);
    }
  }
}
