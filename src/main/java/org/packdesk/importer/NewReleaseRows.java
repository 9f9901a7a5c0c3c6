package org.packdesk.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
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
      + " size, file_count, total_size, yanked, yanked_reason, version)"
      + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)";
  private static final String INSERT_FILE = "insert into release_files (release_id, filename, packagetype,"
      + " python_version, size, sha256, md5, url, upload_time, has_sig, comment, version)"
      + " values (?,?,?,?,?,?,?,?,?,?,?,1)";

  private NewReleaseRows() {
  }

  /** The newest release of a package, as {@code CatalogTotals} derives it: the greatest sort key, the least version with it. */
  record Latest(String sortKey, String version) {
  }

  /** A new package's releases. */
  record Owned(String packageId, List<ImportedRelease> releases) {
  }

  /** Inserts the packages that own the releases, once their newest releases are known. */
  @FunctionalInterface
  interface Owners {
    void insert(List<Latest> latest) throws SQLException;
  }

  /** Inserts every release of {@code releases} with its files; returns the number of files. */
  static int insert(Connection connection, String packageId, List<ImportedRelease> releases) throws SQLException {
    insert(connection, List.of(new Owned(packageId, releases)), latest -> { });
    return releases.stream().mapToInt(r -> r.files().size()).sum();
  }

  /**
   * Inserts the releases of many new packages with their files, as two batches; the releases'
   * file counts and total sizes are set here, from the files they come with. {@code owners} is
   * handed each package's newest release (null for one without releases), in order, before the
   * releases are sent, so that it can insert the packages they refer to.
   */
  static void insert(Connection connection, List<Owned> packages, Owners owners) throws SQLException {
    List<Latest> latest = new ArrayList<>(packages.size());
    List<ImportedRelease> all = new ArrayList<>();
    try (PreparedStatement insert = connection.prepareStatement(INSERT_RELEASE, new String[] {"id"})) {
      for (Owned owned : packages) {
        Latest newest = null;
        for (ImportedRelease r : owned.releases()) {
          Pep440Version v = Pep440Version.parse(r.version());
          addRelease(insert, owned.packageId(), r, v);
          all.add(r);
          newest = newer(newest, v.sortKey(), r.version());
        }
        latest.add(newest);
      }
      owners.insert(latest);
      if (all.isEmpty()) {
        return;
      }
      insert.executeBatch();
      long[] ids = generatedIds(insert, all.size());
      insertFiles(connection, all, ids);
    }
  }

  private static Latest newer(Latest current, String sortKey, String version) {
    if (current == null || sortKey.compareTo(current.sortKey()) > 0
        || sortKey.equals(current.sortKey()) && version.compareTo(current.version()) < 0) {
      return new Latest(sortKey, version);
    }
    return current;
  }

  private static void addRelease(PreparedStatement insert, String packageId, ImportedRelease r, Pep440Version v)
      throws SQLException {
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
    insert.setObject(i++, r.size(), Types.BIGINT);
    insert.setInt(i++, r.files().size());
    insert.setObject(i++, totalSize(r), Types.BIGINT);
    insert.setBoolean(i++, r.yanked());
    insert.setString(i, r.yankedReason());
    insert.addBatch();
  }

  /** As CatalogTotals counts it: the release's own size, else the sum of its files' known sizes (null if none). */
  static Long totalSize(ImportedRelease r) {
    if (r.size() != null) {
      return r.size();
    }
    Long sum = null;
    for (ImportedFile f : r.files()) {
      if (f.size() != null) {
        sum = (sum == null ? 0 : sum) + f.size();
      }
    }
    return sum;
  }

  private static long[] generatedIds(PreparedStatement insert, int count) throws SQLException {
    long[] ids = new long[count];
    try (ResultSet keys = insert.getGeneratedKeys()) {
      for (int n = 0; n < count; n++) {
        if (!keys.next()) {
          throw new SQLException("The database returned " + n + " release ids for " + count + " rows");
        }
        ids[n] = keys.getLong(1);
      }
    }
    return ids;
  }

  private static void insertFiles(Connection connection, List<ImportedRelease> releases, long[] ids)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT_FILE, Statement.NO_GENERATED_KEYS)) {
      boolean any = false;
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
          any = true;
        }
      }
      if (any) {
        insert.executeBatch();
      }
    }
  }

  /** A JDBC timestamp of {@code instant}, or null (the bulk path's rows share it). */
  static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
