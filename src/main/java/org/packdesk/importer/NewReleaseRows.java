package org.packdesk.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.packdesk.catalog.ReleaseVersions;
import org.packdesk.importer.ImportedProject.ImportedFile;
import org.packdesk.importer.ImportedProject.ImportedRelease;

/**
 * The import's measured hot path: the releases and files of a package that is new to the
 * catalog, inserted as two JDBC batches on the import's own transaction. Through Ebean these
 * rows (nine in ten of a bulk import's) cost about twice the time; rows that already exist are
 * still updated through Ebean, where merging with curators' edits matters more than speed.
 */
final class NewReleaseRows {

  private static final String INSERT_RELEASE = "insert into releases (package_id, version_string, major, minor,"
      + " build, epoch, pre_label, pre_number, post_number, dev_number, pep440, sort_key, created_date, comment, url,"
      + " size, yanked, version) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,false,1)";
  private static final String INSERT_FILE = "insert into release_files (release_id, filename, packagetype,"
      + " python_version, size, sha256, md5, url, upload_time, has_sig, comment, version)"
      + " values (?,?,?,?,?,?,?,?,?,?,?,1)";

  private NewReleaseRows() {
  }

  /** Inserts every release of {@code releases} with its files; returns the number of files. */
  static int insert(Connection connection, String packageId, List<ImportedRelease> releases) throws SQLException {
    if (releases.isEmpty()) {
      return 0;
    }
    long[] ids = new long[releases.size()];
    try (PreparedStatement insert = connection.prepareStatement(INSERT_RELEASE, new String[] {"id"})) {
      for (ImportedRelease r : releases) {
        Pep440Version v = Pep440Version.parse(r.version());
        int i = 1;
        insert.setString(i++, packageId);
        insert.setString(i++, r.version());
        insert.setInt(i++, v.segment(0));
        insert.setInt(i++, v.segment(1));
        insert.setInt(i++, v.segment(2));
        insert.setObject(i++, ReleaseVersions.epochColumn(v), Types.INTEGER);
        insert.setString(i++, v.preLabel());
        insert.setObject(i++, v.preNumber(), Types.BIGINT);
        insert.setObject(i++, v.postNumber(), Types.BIGINT);
        insert.setObject(i++, v.devNumber(), Types.BIGINT);
        insert.setBoolean(i++, v.isValid());
        insert.setString(i++, v.sortKey());
        insert.setTimestamp(i++, timestamp(r.createdDate()));
        insert.setString(i++, r.comment());
        insert.setString(i++, r.url());
        insert.setObject(i, r.size(), Types.BIGINT);
        insert.addBatch();
      }
      insert.executeBatch();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        for (int n = 0; n < ids.length; n++) {
          if (!keys.next()) {
            throw new SQLException("The database returned " + n + " release ids for " + ids.length + " rows");
          }
          ids[n] = keys.getLong(1);
        }
      }
    }
    int files = 0;
    try (PreparedStatement insert = connection.prepareStatement(INSERT_FILE, Statement.NO_GENERATED_KEYS)) {
      for (int n = 0; n < ids.length; n++) {
        for (ImportedFile f : releases.get(n).files()) {
          int i = 1;
          insert.setLong(i++, ids[n]);
          insert.setString(i++, f.filename());
          insert.setString(i++, f.packagetype());
          insert.setString(i++, f.pythonVersion());
          insert.setObject(i++, f.size(), Types.BIGINT);
          insert.setString(i++, f.sha256());
          insert.setString(i++, f.md5());
          insert.setString(i++, f.url());
          insert.setTimestamp(i++, timestamp(f.uploadTime()));
          insert.setBoolean(i++, f.hasSig());
          insert.setString(i, f.comment());
          insert.addBatch();
          files++;
        }
      }
      insert.executeBatch();
    }
    return files;
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
