package org.packdesk.importer;

import io.ebean.Database;
import io.ebean.Transaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.packdesk.catalog.UsageCounts;
import org.packdesk.catalog.search.SearchBacklog;
import org.packdesk.importer.NewReleaseRows.Latest;
import org.packdesk.importer.NewReleaseRows.Owned;
import org.packdesk.model.AuditEntry;
import org.packdesk.model.LifecycleStatus;
import org.packdesk.model.MaintainerRole;
import org.packdesk.model.User;
import org.packdesk.model.query.QUser;

/**
 * Many packages new to the catalog in one transaction, each kind of row one JDBC batch over all
 * of them: the bulk path of {@link ProjectWriter#writeAll}. A new package has nothing to merge
 * with, so nothing is read back but the users its people may already be, and its derived columns
 * (latest version, maintainer count, total size; its releases' file counts and sizes) are set from what is
 * written rather than recounted afterwards, as {@code CatalogTotals} would count them.
 */
final class NewProjects {

  private static final String INSERT_PACKAGE = "insert into packages (id, name, summary, description, home_page,"
      + " docs_url, package_url, download_url, author_name, author_email, license_text, license_id, keywords,"
      + " requires_python, classifiers, created_date, last_updated, latest_version, latest_sort_key,"
      + " maintainer_count, total_size, lifecycle, lifecycle_note, version)"
      + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)";
  private static final String INSERT_LANGUAGE = "insert into package_languages (package_id, language_id) values (?,?)";
  private static final String INSERT_MAINTAINER = "insert into maintainers (user_id, package_id, role, created_date,"
      + " version) values (?,?,?,?,1)";
  private static final int IN_LIST = 500;

  private final Database db;
  private final Supplier<String> curator;
  private final CatalogVocabulary vocabulary;

  NewProjects(Database db, Supplier<String> curator, CatalogVocabulary vocabulary) {
    this.db = db;
    this.curator = curator;
    this.vocabulary = vocabulary;
  }

  /**
   * Writes {@code projects}, none of which the catalog has, on {@code txn}.
   *
   * @return each project's counts; the chunk's new users, languages and licenses count with its first project
   */
  List<FileCounts> write(List<ImportedProject> projects, String source, Transaction txn) throws SQLException {
    int newLicenses = vocabulary.ensureLicenses(projects.stream().map(ImportedProject::license)
        .filter(Objects::nonNull).toList());
    int newLanguages = vocabulary.ensureLanguages(projects.stream().flatMap(p -> p.languages().stream()).toList());
    txn.flush(); // the packages refer to the licenses
    Connection connection = txn.connection();
    List<Map<String, Person>> people = projects.stream().map(NewProjects::people).toList();
    NewReleaseRows.insert(connection, projects.stream().map(p -> new Owned(p.id(), p.releases())).toList(),
        latest -> insertPackages(connection, projects, latest, people));
    countUsage(connection, projects);
    Map<String, Long> users = new HashMap<>();
    int newUsers = ensureUsers(people, users, txn);
    insertMaintainers(connection, projects, people, users);

    List<AuditEntry> audit = new ArrayList<>();
    List<FileCounts> counts = new ArrayList<>();
    for (int n = 0; n < projects.size(); n++) {
      ImportedProject p = projects.get(n);
      audit.add(new AuditEntry(curator.get(), "import", "package", p.id(), String.format(
          "Created %s from %s: %d releases, %d files", p.name(), source, p.releases().size(), p.fileCount())));
      boolean first = n == 0;
      counts.add(new FileCounts(true, p.releases().size(), p.releases().size(), p.fileCount(), p.fileCount(),
          first ? newUsers : 0, people.get(n).size(), first ? newLanguages : 0, first ? newLicenses : 0,
          p.skippedVersions().size()));
    }
    db.insertAll(audit, txn);
    SearchBacklog.mark(connection, projects.stream().map(ImportedProject::id).toList());
    return counts;
  }

  /** Adds the new packages to their licenses' and languages' counts: one batched update a table for the chunk. */
  private static void countUsage(Connection connection, List<ImportedProject> projects) throws SQLException {
    Map<String, Long> licenses = new HashMap<>();
    Map<String, Long> languages = new HashMap<>();
    for (ImportedProject p : projects) {
      UsageCounts.addTo(licenses, p.license() == null ? null : p.license().id(), 1);
      new java.util.LinkedHashSet<>(p.languages()).forEach(l -> UsageCounts.addTo(languages, l, 1));
    }
    UsageCounts.add(connection, licenses, languages);
  }

  /** A project's people by e-mail key, each with the role of their first listing (owners first), as ProjectWriter does. */
  private static Map<String, Person> people(ImportedProject project) {
    Map<String, Person> people = new LinkedHashMap<>();
    project.owners().forEach(p -> people.putIfAbsent(User.emailKey(p.email()), p));
    project.maintainers().forEach(p -> people.putIfAbsent(User.emailKey(p.email()), p));
    return people;
  }

  private static MaintainerRole role(ImportedProject project, String emailKey) {
    return project.owners().stream().anyMatch(p -> User.emailKey(p.email()).equals(emailKey))
        ? MaintainerRole.OWNER : MaintainerRole.MAINTAINER;
  }

  private static void insertPackages(Connection connection, List<ImportedProject> projects, List<Latest> latest,
      List<Map<String, Person>> people) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT_PACKAGE);
         PreparedStatement language = connection.prepareStatement(INSERT_LANGUAGE)) {
      for (int n = 0; n < projects.size(); n++) {
        ImportedProject p = projects.get(n);
        Latest newest = latest.get(n);
        int i = 1;
        insert.setString(i++, p.id());
        insert.setString(i++, p.name());
        insert.setString(i++, p.summary());
        insert.setString(i++, p.description());
        insert.setString(i++, p.homePage());
        insert.setString(i++, p.docsUrl());
        insert.setString(i++, p.packageUrl());
        insert.setString(i++, p.downloadUrl());
        insert.setString(i++, p.authorName());
        insert.setString(i++, p.authorEmail());
        insert.setString(i++, p.licenseText());
        insert.setString(i++, p.license() == null ? null : p.license().id());
        insert.setString(i++, p.keywords());
        insert.setString(i++, p.requiresPython());
        insert.setString(i++, p.classifiers().isEmpty() ? null : String.join("\n", p.classifiers()));
        insert.setTimestamp(i++, NewReleaseRows.timestamp(p.createdDate()));
        insert.setTimestamp(i++, NewReleaseRows.timestamp(p.lastUpdated()));
        insert.setString(i++, newest == null ? null : newest.version());
        insert.setString(i++, newest == null ? null : newest.sortKey());
        insert.setInt(i++, people.get(n).size());
        insert.setLong(i++, p.releases().stream().map(NewReleaseRows::totalSize).filter(Objects::nonNull)
            .mapToLong(Long::longValue).sum());
        LifecycleStatus lifecycle = p.lifecycle() == null ? LifecycleStatus.ACTIVE : p.lifecycle();
        insert.setString(i++, lifecycle.dbValue());
        insert.setString(i, p.lifecycleNote());
        insert.addBatch();
        for (String name : new java.util.LinkedHashSet<>(p.languages())) {
          language.setString(1, p.id());
          language.setString(2, name);
          language.addBatch();
        }
      }
      insert.executeBatch();
      language.executeBatch();
    }
  }

  /**
   * Finds the chunk's people among the users, creating those the catalog lacks (and naming those
   * it has without a name), as ProjectWriter does; fills {@code ids} by e-mail key.
   *
   * @return how many users were created
   */
  private int ensureUsers(List<Map<String, Person>> people, Map<String, Long> ids, Transaction txn) {
    Map<String, Person> all = new LinkedHashMap<>();
    people.forEach(all::putAll);
    List<String> keys = new ArrayList<>(all.keySet());
    Map<String, User> found = new HashMap<>();
    for (int from = 0; from < keys.size(); from += IN_LIST) {
      new QUser(db).emailKey.in(keys.subList(from, Math.min(keys.size(), from + IN_LIST)))
          .findEach(u -> found.put(u.getEmailKey(), u));
    }
    List<User> created = new ArrayList<>();
    for (Map.Entry<String, Person> e : all.entrySet()) {
      User user = found.get(e.getKey());
      if (user == null) {
        user = new User(e.getValue().name(), e.getValue().email());
        db.insert(user, txn);
        created.add(user);
      } else if (user.getName() == null && e.getValue().name() != null) {
        user.setName(e.getValue().name());
        db.update(user, txn);
      }
      found.put(e.getKey(), user);
    }
    txn.flush(); // the new users' ids
    found.forEach((key, user) -> ids.put(key, user.getId()));
    return created.size();
  }

  private static void insertMaintainers(Connection connection, List<ImportedProject> projects,
      List<Map<String, Person>> people, Map<String, Long> users) throws SQLException {
    Timestamp now = Timestamp.from(Instant.now());
    try (PreparedStatement insert = connection.prepareStatement(INSERT_MAINTAINER)) {
      boolean any = false;
      for (int n = 0; n < projects.size(); n++) {
        ImportedProject p = projects.get(n);
        for (String key : people.get(n).keySet()) {
          insert.setLong(1, users.get(key));
          insert.setString(2, p.id());
          insert.setString(3, role(p, key).dbValue());
          insert.setTimestamp(4, now);
          insert.addBatch();
          any = true;
        }
      }
      if (any) {
        insert.executeBatch();
      }
    }
  }
}
