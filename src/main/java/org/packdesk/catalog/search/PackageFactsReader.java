package org.packdesk.catalog.search;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.packdesk.catalog.search.PackageFacts.Person;

/**
 * Reads {@link PackageFacts} with four ordered queries merged by package id, so that a full
 * rebuild streams the whole catalog (700k packages, 7M releases) without holding it in memory.
 * Plain JDBC: this is the measured hot path of indexing.
 */
final class PackageFactsReader {

  private static final String PACKAGES = "select id, name, summary, license_id, lifecycle, requires_python,"
      + " download_total from packages %s order by id";
  private static final String LANGUAGES = "select package_id, language_id from package_languages %s"
      + " order by package_id, language_id";
  private static final String MAINTAINERS = "select m.package_id, u.name, u.email from maintainers m"
      + " join users u on u.id = m.user_id %s order by m.package_id, u.email";
  private static final String RELEASES = "select package_id, version_string, created_date, yanked from releases %s"
      + " order by package_id";

  private PackageFactsReader() {
  }

  /** Every package, in id order. */
  static void readAll(Connection connection, Consumer<PackageFacts> sink) throws SQLException {
    read(connection, null, sink);
  }

  /** The packages among {@code ids} that exist. */
  static List<PackageFacts> read(Connection connection, List<String> ids) throws SQLException {
    List<PackageFacts> facts = new ArrayList<>();
    if (!ids.isEmpty()) {
      read(connection, ids, facts::add);
    }
    return facts;
  }

  private static void read(Connection c, List<String> ids, Consumer<PackageFacts> sink) throws SQLException {
    Array idArray = ids == null ? null : c.createArrayOf("VARCHAR", ids.toArray());
    try (Rows packages = Rows.open(c, PACKAGES, "id", idArray);
        Rows languages = Rows.open(c, LANGUAGES, "package_id", idArray);
        Rows maintainers = Rows.open(c, MAINTAINERS, "m.package_id", idArray);
        Rows releases = Rows.open(c, RELEASES, "package_id", idArray)) {
      while (packages.next()) {
        ResultSet p = packages.rs;
        String id = p.getString(1);
        List<String> languageIds = new ArrayList<>();
        while (languages.at(id)) {
          languageIds.add(languages.rs.getString(2));
          languages.next();
        }
        List<Person> people = new ArrayList<>();
        while (maintainers.at(id)) {
          people.add(new Person(maintainers.rs.getString(2), maintainers.rs.getString(3)));
          maintainers.next();
        }
        List<String> versions = new ArrayList<>();
        Timestamp newest = null;
        boolean yanked = false;
        while (releases.at(id)) {
          versions.add(releases.rs.getString(2));
          Timestamp created = releases.rs.getTimestamp(3);
          if (created != null && (newest == null || created.after(newest))) {
            newest = created;
          }
          yanked |= releases.rs.getBoolean(4);
          releases.next();
        }
        LocalDate released = newest == null ? null : LocalDate.ofInstant(newest.toInstant(), ZoneOffset.UTC);
        sink.accept(new PackageFacts(id, p.getString(2), p.getString(3), p.getString(4), p.getString(5),
            p.getString(6), languageIds, people, versions, released, yanked, p.getLong(7)));
      }
    } finally {
      if (idArray != null) {
        idArray.free();
      }
    }
  }

  /** One ordered query, read one row ahead so that its key can be compared with the package's. */
  private static final class Rows implements AutoCloseable {
    private final PreparedStatement statement;
    private final ResultSet rs;
    private boolean onRow;
    private final boolean driving;

    private Rows(PreparedStatement statement, boolean driving) throws SQLException {
      this.statement = statement;
      this.rs = statement.executeQuery();
      this.driving = driving;
      if (!driving) {
        onRow = rs.next();
      }
    }

    static Rows open(Connection c, String sql, String keyColumn, Array ids) throws SQLException {
      String where = ids == null ? "" : "where " + keyColumn + " = any(?)";
      PreparedStatement statement = c.prepareStatement(String.format(sql, where));
      statement.setFetchSize(2000);
      if (ids != null) {
        statement.setArray(1, ids);
      }
      return new Rows(statement, sql.equals(PACKAGES));
    }

    /** For the driving (packages) query: moves to its next row. For the others: after consuming a row. */
    boolean next() throws SQLException {
      onRow = rs.next();
      return onRow;
    }

    boolean at(String id) throws SQLException {
      return !driving && onRow && id.equals(rs.getString(1));
    }

    @Override
    public void close() throws SQLException {
      statement.close();
    }
  }
}
