package org.packdesk.importer;

import io.ebean.Database;
import io.ebean.Transaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.packdesk.catalog.CatalogTotals;
import org.packdesk.catalog.ReleaseVersions;
import org.packdesk.catalog.UsageCounts;
import org.packdesk.catalog.UsageCounts.Usage;
import org.packdesk.catalog.search.SearchBacklog;
import org.packdesk.importer.ImportedProject.ImportedFile;
import org.packdesk.importer.ImportedProject.ImportedRelease;
import org.packdesk.model.AuditEntry;
import org.packdesk.model.License;
import org.packdesk.model.Maintainer;
import org.packdesk.model.MaintainerId;
import org.packdesk.model.MaintainerRole;
import org.packdesk.model.Package;
import org.packdesk.model.ProgrammingLanguage;
import org.packdesk.model.Release;
import org.packdesk.model.ReleaseFile;
import org.packdesk.model.User;
import org.packdesk.model.query.QPackage;
import org.packdesk.model.query.QMaintainer;
import org.packdesk.model.query.QRelease;
import org.packdesk.model.query.QReleaseFile;
import org.packdesk.model.query.QUser;

/**
 * Writes one {@link ImportedProject} in one transaction: all of it or, on any failure, nothing.
 * Re-importing updates rows in place (matched by package id, version string, file name and
 * e-mail), never duplicates them, and leaves what the file does not carry (roles, rows a curator
 * added, a lifecycle: PyPI's JSON has none) as the curator left it. A release PyPI yanked is yanked
 * (its journal entry says so); a yank is never taken back by an import, as it may be a curator's.
 */
public final class ProjectWriter {

  private static final int BATCH_SIZE = 200;

  private final Database db;
  private final Supplier<String> curator;
  private final CatalogVocabulary vocabulary;

  public ProjectWriter(Database db, Supplier<String> curator) {
    this.db = db;
    this.curator = curator;
    this.vocabulary = new CatalogVocabulary(db);
  }

  /**
   * Writes many projects. When none of them is in the catalog, all together in one transaction of
   * JDBC batches (the bulk path of an import into an empty catalog, and of {@code generate});
   * otherwise, or should the database refuse a row of the chunk (a file name another package
   * has; nothing of the chunk then stays), one by one as {@link #write} does, so that the
   * project at fault is rejected as {@link #write} rejects it.
   *
   * @return each project's counts, in order
   * @throws RejectedFileException for the first project the catalog refuses (those before it are written)
   */
  public List<FileCounts> writeAll(List<ImportedProject> projects, String source) throws RejectedFileException {
    Set<String> ids = projects.stream().map(ImportedProject::id).collect(Collectors.toSet());
    // the bulk path only when every project is new (and named once): anything else merges, one by one
    if (!ids.isEmpty() && ids.size() == projects.size() && !new QPackage(db).id.in(ids).exists()) {
      try (Transaction txn = db.beginTransaction()) {
        txn.setBatchMode(true);
        txn.setBatchSize(BATCH_SIZE);
        List<FileCounts> written = new NewProjects(db, curator, vocabulary).write(projects, source, txn);
        txn.commit();
        return written;
      } catch (java.sql.SQLException | jakarta.persistence.PersistenceException e) {
        // rolled back: one by one below, so that the project at fault is told apart
      }
    }
    List<FileCounts> result = new ArrayList<>();
    for (ImportedProject project : projects) {
      result.add(write(project, source));
    }
    return result;
  }

  public FileCounts write(ImportedProject project, String source) throws RejectedFileException {
    try (Transaction txn = db.beginTransaction()) {
      txn.setBatchMode(true);
      txn.setBatchSize(BATCH_SIZE);
      int newLicenses = vocabulary.ensureLicenses(project.license() == null ? List.of() : List.of(project.license()));
      int newLanguages = vocabulary.ensureLanguages(project.languages());

      Package pkg = db.find(Package.class, project.id());
      boolean newPackage = pkg == null;
      Usage before = newPackage ? Usage.NONE : usage(txn, pkg.getId());
      if (newPackage) {
        pkg = new Package(project.name(), project.summary());
      } else {
        pkg.setName(project.name());
        pkg.setSummary(project.summary());
      }
      copyPackageFields(project, pkg);
      if (project.license() != null) {
        pkg.setLicense(db.reference(License.class, project.license().id()));
      }
      replaceLanguages(pkg, project.languages());
      db.save(pkg);
      txn.flush();
      countUsage(txn, before, pkg.getId());

      List<String> yankedNow = new ArrayList<>();
      int[] releaseCounts = newPackage ? insertReleases(project, pkg, txn) : writeReleases(project, pkg, yankedNow);
      int[] peopleCounts = writePeople(project, pkg);
      CatalogTotals.refreshPackages(db, List.of(pkg.getId()));
      db.insert(new AuditEntry(curator.get(), "import", "package", pkg.getId(),
          String.format("%s %s from %s: %d releases, %d files%s", newPackage ? "Created" : "Updated",
              project.name(), source, project.releases().size(), project.fileCount(),
              yankedNow.isEmpty() ? "" : "; yanked " + String.join(", ", yankedNow) + " as PyPI has it")));
      SearchBacklog.mark(txn.connection(), List.of(pkg.getId()));
      txn.commit();
      return new FileCounts(newPackage, project.releases().size(), releaseCounts[0], project.fileCount(),
          releaseCounts[1], peopleCounts[0], peopleCounts[1], newLanguages, newLicenses,
          project.skippedVersions().size());
    }
  }

  /** What the package counts towards in the licenses' and languages' package counts, as stored now. */
  private static Usage usage(Transaction txn, String packageId) {
    try {
      return Usage.of(txn.connection(), packageId);
    } catch (java.sql.SQLException e) {
      throw new jakarta.persistence.PersistenceException("Could not read the license and languages of " + packageId, e);
    }
  }

  /** Moves the package in the licenses' and languages' counts from {@code before} to what it now has. */
  private static void countUsage(Transaction txn, Usage before, String packageId) {
    try {
      UsageCounts.moved(txn.connection(), before, usage(txn, packageId));
    } catch (java.sql.SQLException e) {
      throw new jakarta.persistence.PersistenceException("Could not count " + packageId + " in its license and languages", e);
    }
  }

  private static void copyPackageFields(ImportedProject p, Package pkg) {
    pkg.setDescription(p.description());
    pkg.setHomePage(p.homePage());
    pkg.setDocsUrl(p.docsUrl());
    pkg.setPackageUrl(p.packageUrl());
    pkg.setDownloadUrl(p.downloadUrl());
    pkg.setAuthorName(p.authorName());
    pkg.setAuthorEmail(p.authorEmail());
    pkg.setLicenseText(p.licenseText());
    pkg.setKeywords(p.keywords());
    pkg.setRequiresPython(p.requiresPython());
    pkg.setClassifiers(p.classifiers().isEmpty() ? null : String.join("\n", p.classifiers()));
    if (p.createdDate() != null) {
      pkg.setCreatedDate(p.createdDate());
    }
    if (p.lastUpdated() != null) {
      pkg.setLastUpdated(p.lastUpdated());
    }
    // a source that does not say where the project stands leaves what the catalog (or a curator) set
    if (p.lifecycle() != null) {
      pkg.setLifecycle(p.lifecycle());
      pkg.setLifecycleNote(p.lifecycleNote());
    }
  }

  private void replaceLanguages(Package pkg, List<String> names) {
    List<String> current = pkg.getLanguages().stream().map(ProgrammingLanguage::getId).toList();
    if (current.equals(names)) {
      return;
    }
    pkg.getLanguages().clear();
    for (String name : names) {
      pkg.getLanguages().add(db.reference(ProgrammingLanguage.class, name));
    }
  }

  /** A new package's releases and files, in the hot path; @return {new releases, new files} */
  private int[] insertReleases(ImportedProject project, Package pkg, Transaction txn) throws RejectedFileException {
    existingFiles(project, pkg); // a file another package already has is an error, as below
    try {
      int files = NewReleaseRows.insert(txn.connection(), pkg.getId(), project.releases());
      return new int[] {project.releases().size(), files};
    } catch (java.sql.SQLException e) {
      throw new jakarta.persistence.PersistenceException("Could not insert the releases of " + pkg.getId(), e);
    }
  }

  /**
   * Merges the document's releases with those the catalog has, listing in {@code yankedNow} the
   * versions it yanked; @return {new releases, new files}
   */
  private int[] writeReleases(ImportedProject project, Package pkg, List<String> yankedNow)
      throws RejectedFileException {
    Map<String, Release> existing = new HashMap<>();
    if (!project.releases().isEmpty()) {
      new QRelease(db).pkg.id.eq(pkg.getId()).findEach(r -> existing.put(r.getVersionString(), r));
    }
    Map<String, ReleaseFile> existingFiles = existingFiles(project, pkg);
    int newReleases = 0;
    int newFiles = 0;
    for (ImportedRelease r : project.releases()) {
      Release release = existing.get(r.version());
      if (release == null) {
        release = ReleaseVersions.newRelease(pkg, r.version());
        newReleases++;
      }
      release.setCreatedDate(r.createdDate());
      release.setUrl(r.url());
      release.setSize(r.size());
      release.setComment(r.comment());
      // PyPI's yank is taken; a release already yanked keeps its own reason, and no yank is taken
      // back (every release PyPI has not yanked says so, and a yank here may be a curator's)
      if (r.yanked() && !release.isYanked()) {
        release.setYanked(true);
        release.setYankedReason(r.yankedReason());
        yankedNow.add(r.version());
      }
      db.save(release);
      for (ImportedFile f : r.files()) {
        ReleaseFile file = existingFiles.get(f.filename());
        if (file == null) {
          file = new ReleaseFile(release, f.filename());
          newFiles++;
        }
        file.setPackagetype(f.packagetype());
        file.setPythonVersion(f.pythonVersion());
        file.setSize(f.size());
        file.setSha256(f.sha256());
        file.setMd5(f.md5());
        file.setUrl(f.url());
        file.setUploadTime(f.uploadTime());
        file.setComment(f.comment());
        file.setHasSig(f.hasSig());
        db.save(file);
      }
    }
    return new int[] {newReleases, newFiles};
  }

  /** Files of this document already in the catalog; a file that belongs to another package is an error. */
  private Map<String, ReleaseFile> existingFiles(ImportedProject project, Package pkg) throws RejectedFileException {
    List<String> names = project.releases().stream().flatMap(r -> r.files().stream()).map(ImportedFile::filename).toList();
    Map<String, ReleaseFile> found = new HashMap<>();
    for (int from = 0; from < names.size(); from += 500) {
      List<String> chunk = names.subList(from, Math.min(names.size(), from + 500));
      new QReleaseFile(db).release.fetch().release.pkg.fetch().filename.in(chunk)
          .findEach(f -> found.put(f.getFilename(), f));
    }
    for (ReleaseFile f : found.values()) {
      String owner = f.getRelease().getPkg().getId();
      if (!owner.equals(pkg.getId())) {
        throw new RejectedFileException("lists the file " + f.getFilename() + ", which the catalog already has as a file of "
            + owner + " " + f.getRelease().getVersionString());
      }
    }
    return found;
  }

  /** @return {new users, new maintainer rows} */
  private int[] writePeople(ImportedProject project, Package pkg) {
    Map<String, Person> people = new LinkedHashMap<>();
    Map<String, MaintainerRole> roles = new HashMap<>();
    for (Person owner : project.owners()) {
      people.putIfAbsent(User.emailKey(owner.email()), owner);
      roles.putIfAbsent(User.emailKey(owner.email()), MaintainerRole.OWNER);
    }
    for (Person maintainer : project.maintainers()) {
      people.putIfAbsent(User.emailKey(maintainer.email()), maintainer);
      roles.putIfAbsent(User.emailKey(maintainer.email()), MaintainerRole.MAINTAINER);
    }
    if (people.isEmpty()) {
      return new int[] {0, 0};
    }
    Map<String, User> users = new QUser(db).emailKey.in(new ArrayList<>(people.keySet())).findList().stream()
        .collect(Collectors.toMap(User::getEmailKey, Function.identity()));
    int newUsers = 0;
    for (Map.Entry<String, Person> e : people.entrySet()) {
      User user = users.get(e.getKey());
      if (user == null) {
        user = new User(e.getValue().name(), e.getValue().email());
        db.insert(user);
        users.put(e.getKey(), user);
        newUsers++;
      } else if (user.getName() == null && e.getValue().name() != null) {
        user.setName(e.getValue().name());
        db.update(user);
      }
    }
    db.currentTransaction().flush();
    Set<MaintainerId> present = new HashSet<>(new QMaintainer(db).pkg.id.eq(pkg.getId()).findIds());
    int newMaintainers = 0;
    for (Map.Entry<String, MaintainerRole> e : roles.entrySet()) {
      User user = users.get(e.getKey());
      if (!present.contains(new MaintainerId(user.getId(), pkg.getId()))) {
        db.insert(new Maintainer(user, pkg, e.getValue()));
        newMaintainers++;
      }
    }
    return new int[] {newUsers, newMaintainers};
  }
}
