package org.packdesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.packdesk.importer.ImportedProject;
import org.packdesk.importer.ImportedProject.ImportedFile;
import org.packdesk.importer.ImportedProject.ImportedRelease;
import org.packdesk.importer.Person;
import org.packdesk.importer.Pep440Version;
import org.packdesk.model.User;

/**
 * The practical ceiling: the same rows (stored totals included) into the same tables with plain
 * JDBC batches, ids assigned here, as many documents to a transaction as the generator puts in
 * one ({@link #commit}). No upsert logic: it only fills a fresh catalog.
 */
final class JdbcCeilingLoader implements AutoCloseable {

  private final Connection c;
  private final PreparedStatement license;
  private final PreparedStatement language;
  private final PreparedStatement pkg;
  private final PreparedStatement pkgLanguage;
  private final PreparedStatement release;
  private final PreparedStatement file;
  private final PreparedStatement user;
  private final PreparedStatement maintainer;
  private final Set<String> licenses = new HashSet<>();
  private final Set<String> languages = new HashSet<>();
  private final Map<String, Long> users = new HashMap<>();
  private long releaseId;
  private long fileId;
  private long userId;
  long rows;

  JdbcCeilingLoader(Connection connection) throws SQLException {
    this.c = connection;
    c.setAutoCommit(false);
    license = c.prepareStatement("insert into licenses (id, description, created_date, version) values (?,?,?,1)");
    language = c.prepareStatement("insert into languages (id, created_date, version) values (?,?,1)");
    pkg = c.prepareStatement("insert into packages (id, name, summary, description, home_page, docs_url, package_url,"
        + " download_url, author_name, author_email, license_text, license_id, keywords, requires_python, classifiers,"
        + " created_date, last_updated, latest_version, latest_sort_key, maintainer_count, version)"
        + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)");
    pkgLanguage = c.prepareStatement("insert into package_languages (package_id, language_id) values (?,?)");
    release = c.prepareStatement("insert into releases (id, package_id, version_string, major, minor, build, epoch,"
        + " pre_label, pre_number, post_number, dev_number, pep440, sort_key, created_date, comment, url, size,"
        + " file_count, total_size, yanked, version) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,false,1)");
    file = c.prepareStatement("insert into release_files (id, release_id, filename, packagetype, python_version, size,"
        + " sha256, md5, url, upload_time, has_sig, comment, version) values (?,?,?,?,?,?,?,?,?,?,?,?,1)");
    user = c.prepareStatement("insert into users (id, name, email, email_key, created_date, version) values (?,?,?,?,?,1)");
    maintainer = c.prepareStatement("insert into maintainers (user_id, package_id, role, created_date, version)"
        + " values (?,?,?,?,1)");
    releaseId = startId("releases");
    fileId = startId("release_files");
    userId = startId("users");
  }

  private long startId(String table) throws SQLException {
    try (var rs = c.createStatement().executeQuery("select coalesce(max(id), 0) + 1000 from " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  void load(ImportedProject p) throws SQLException {
    Timestamp now = Timestamp.from(Instant.now());
    if (p.license() != null && licenses.add(p.license().id())) {
      license.setString(1, p.license().id());
      license.setString(2, p.license().description());
      license.setTimestamp(3, now);
      license.executeUpdate();
      rows++;
    }
    for (String l : p.languages()) {
      if (languages.add(l)) {
        language.setString(1, l);
        language.setTimestamp(2, now);
        language.executeUpdate();
        rows++;
      }
    }
    int i = 1;
    pkg.setString(i++, p.id());
    pkg.setString(i++, p.name());
    pkg.setString(i++, p.summary());
    pkg.setString(i++, p.description());
    pkg.setString(i++, p.homePage());
    pkg.setString(i++, p.docsUrl());
    pkg.setString(i++, p.packageUrl());
    pkg.setString(i++, p.downloadUrl());
    pkg.setString(i++, p.authorName());
    pkg.setString(i++, p.authorEmail());
    pkg.setString(i++, p.licenseText());
    pkg.setString(i++, p.license() == null ? null : p.license().id());
    pkg.setString(i++, p.keywords());
    pkg.setString(i++, p.requiresPython());
    pkg.setString(i++, p.classifiers().isEmpty() ? null : String.join("\n", p.classifiers()));
    pkg.setTimestamp(i++, ts(p.createdDate()));
    pkg.setTimestamp(i++, ts(p.lastUpdated()));
    // the stored totals, as the catalog keeps them: the newest release, the number of people
    String latestKey = null;
    String latestVersion = null;
    for (ImportedRelease r : p.releases()) {
      String key = Pep440Version.parse(r.version()).sortKey();
      if (latestKey == null || key.compareTo(latestKey) > 0
          || key.equals(latestKey) && r.version().compareTo(latestVersion) < 0) {
        latestKey = key;
        latestVersion = r.version();
      }
    }
    Set<String> people = new HashSet<>();
    p.owners().forEach(o -> people.add(User.emailKey(o.email())));
    p.maintainers().forEach(m -> people.add(User.emailKey(m.email())));
    pkg.setString(i++, latestVersion);
    pkg.setString(i++, latestKey);
    pkg.setInt(i, people.size());
    pkg.addBatch();
    rows++;
    for (String l : p.languages()) {
      pkgLanguage.setString(1, p.id());
      pkgLanguage.setString(2, l);
      pkgLanguage.addBatch();
      rows++;
    }
    for (ImportedRelease r : p.releases()) {
      long id = releaseId++;
      Pep440Version v = Pep440Version.parse(r.version());
      i = 1;
      release.setLong(i++, id);
      release.setString(i++, p.id());
      release.setString(i++, r.version());
      release.setInt(i++, v.segment(0));
      release.setInt(i++, v.segment(1));
      release.setInt(i++, v.segment(2));
      release.setObject(i++, v.isValid() && v.epoch() != 0 ? (int) v.epoch() : null, Types.INTEGER);
      release.setString(i++, v.preLabel());
      release.setObject(i++, v.preNumber(), Types.BIGINT);
      release.setObject(i++, v.postNumber(), Types.BIGINT);
      release.setObject(i++, v.devNumber(), Types.BIGINT);
      release.setBoolean(i++, v.isValid());
      release.setString(i++, v.sortKey());
      release.setTimestamp(i++, ts(r.createdDate()));
      release.setString(i++, r.comment());
      release.setString(i++, r.url());
      release.setObject(i++, r.size(), Types.BIGINT);
      release.setInt(i++, r.files().size());
      Long total = r.size();
      for (ImportedFile f : r.files()) {
        if (r.size() == null && f.size() != null) {
          total = (total == null ? 0 : total) + f.size();
        }
      }
      release.setObject(i, total, Types.BIGINT);
      release.addBatch();
      rows++;
      for (ImportedFile f : r.files()) {
        i = 1;
        file.setLong(i++, fileId++);
        file.setLong(i++, id);
        file.setString(i++, f.filename());
        file.setString(i++, f.packagetype());
        file.setString(i++, f.pythonVersion());
        file.setObject(i++, f.size(), Types.BIGINT);
        file.setString(i++, f.sha256());
        file.setString(i++, f.md5());
        file.setString(i++, f.url());
        file.setTimestamp(i++, ts(f.uploadTime()));
        file.setBoolean(i++, f.hasSig());
        file.setString(i, f.comment());
        file.addBatch();
        rows++;
      }
    }
    Set<Long> linked = new HashSet<>();
    people(p, p.owners(), "owner", linked, now);
    people(p, p.maintainers(), "maintainer", linked, now);
  }

  /** Sends the batches of the documents loaded since the last call, and commits them. */
  void commit() throws SQLException {
    for (PreparedStatement batch : new PreparedStatement[] {pkg, pkgLanguage, release, file, user, maintainer}) {
      batch.executeBatch();
    }
    c.commit();
  }

  private void people(ImportedProject p, java.util.List<Person> people, String role, Set<Long> linked, Timestamp now)
      throws SQLException {
    for (Person person : people) {
      String key = User.emailKey(person.email());
      Long id = users.get(key);
      if (id == null) {
        id = userId++;
        users.put(key, id);
        user.setLong(1, id);
        user.setString(2, person.name());
        user.setString(3, person.email().trim());
        user.setString(4, key);
        user.setTimestamp(5, now);
        user.addBatch();
        rows++;
      }
      if (linked.add(id)) {
        maintainer.setLong(1, id);
        maintainer.setString(2, p.id());
        maintainer.setString(3, role);
        maintainer.setTimestamp(4, now);
        maintainer.addBatch();
        rows++;
      }
    }
  }

  private static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  @Override
  public void close() throws SQLException {
    c.close();
  }
}
