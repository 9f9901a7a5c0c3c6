package org.packdesk.catalog.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebean.Database;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.catalog.PasswordHasher;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.model.AuditEntry;
import org.packdesk.model.LifecycleStatus;
import org.packdesk.model.MaintainerRole;
import org.packdesk.model.Package;
import org.packdesk.model.ProgrammingLanguage;
import org.packdesk.model.Release;
import org.packdesk.model.User;
import org.packdesk.model.query.QAuditEntry;
import org.packdesk.model.query.QMaintainer;
import org.packdesk.model.query.QRelease;
import org.packdesk.model.query.QUser;

/** Every curation rule and its undo, on a real catalog. */
class ChangeJournalTest {

  @TempDir
  Path dir;
  CatalogDatabase catalog;
  Database db;
  ChangeJournal journal;

  @BeforeEach
  void open() {
    catalog = TestCatalogs.open(dir);
    db = catalog.database();
    TestCatalogs.fillSample(db);
    journal = new ChangeJournal(db, () -> "curator-ann");
  }

  @AfterEach
  void close() {
    catalog.close();
  }

  private SetPackageFields edit(Package read, PackageField field, Object value) {
    Map<PackageField, Object> before = new java.util.HashMap<>();
    before.put(field, field.get(read));
    return new SetPackageFields(read.getId(), read.getVersion(), before, Map.of(field, value));
  }

  private AuditEntry lastAudit() {
    return new QAuditEntry(db).orderBy().id.desc().setMaxRows(1).findOne();
  }

  @Test
  void editingASummaryIsSavedJournaledAndUndoable() throws Exception {
    Package read = db.find(Package.class, "numpy");
    journal.perform(edit(read, PackageField.SUMMARY, "Arrays for Python"));
    assertEquals("Arrays for Python", db.find(Package.class, "numpy").getSummary());
    AuditEntry entry = lastAudit();
    assertEquals("curator-ann", entry.getCurator());
    assertEquals("update", entry.getAction());
    assertEquals("numpy", entry.getEntityId());
    assertTrue(entry.getDescription().contains("Arrays for Python"), entry.getDescription());

    assertTrue(journal.undo());
    assertEquals(read.getSummary(), db.find(Package.class, "numpy").getSummary());
    assertEquals("undo", lastAudit().getAction());
    assertTrue(journal.redo());
    assertEquals("Arrays for Python", db.find(Package.class, "numpy").getSummary());
    assertEquals("redo", lastAudit().getAction());
    assertTrue(journal.undoDescription().orElseThrow().startsWith("Edit numpy"));
  }

  @Test
  void anEditThatChangesNothingIsNotJournaled() throws Exception {
    Package read = db.find(Package.class, "numpy");
    long entries = new QAuditEntry(db).findCount();
    journal.perform(edit(read, PackageField.SUMMARY, read.getSummary()));
    assertEquals(entries, new QAuditEntry(db).findCount());
    assertTrue(journal.undoDescription().isEmpty());
  }

  @Test
  void aConflictingEditShowsBothValuesAndWritesNothing() throws Exception {
    Package mine = db.find(Package.class, "flask");
    Package theirs = db.find(Package.class, "flask");
    new ChangeJournal(db, () -> "other-session").perform(edit(theirs, PackageField.SUMMARY, "Theirs"));

    SetPackageFields myEdit = edit(mine, PackageField.SUMMARY, "Mine");
    ConflictException conflict = assertThrows(ConflictException.class, () -> journal.perform(myEdit));
    assertEquals(List.of(new ConflictException.FieldConflict("Summary", "Mine", "Theirs")), conflict.fields());
    assertEquals("Theirs", db.find(Package.class, "flask").getSummary(), "nothing silently overwritten");

    // the curator chooses theirs: nothing to do; or mine: the edit re-based on the stored row wins
    journal.perform(myEdit.rebasedOn(db.find(Package.class, "flask")));
    assertEquals("Mine", db.find(Package.class, "flask").getSummary());
  }

  @Test
  void editsOfDifferentFieldsDoNotConflict() throws Exception {
    Package mine = db.find(Package.class, "flask");
    Package theirs = db.find(Package.class, "flask");
    new ChangeJournal(db, () -> "other").perform(edit(theirs, PackageField.SUMMARY, "Theirs"));
    journal.perform(edit(mine, PackageField.HOME_PAGE, "https://palletsprojects.com/p/flask/"));
    Package now = db.find(Package.class, "flask");
    assertEquals("Theirs", now.getSummary());
    assertEquals("https://palletsprojects.com/p/flask/", now.getHomePage());
  }

  @Test
  void aSummaryIsRequiredAndLicensesMustExist() {
    Package read = db.find(Package.class, "flask");
    assertThrows(RuleViolation.class, () -> journal.perform(edit(read, PackageField.SUMMARY, " ")));
    assertThrows(RuleViolation.class, () -> journal.perform(edit(read, PackageField.LICENSE, "No-Such-License")));
  }

  @Test
  void lifecycleAndLicenseAreEditable() throws Exception {
    Package read = db.find(Package.class, "flask");
    journal.perform(new SetPackageFields("flask", read.getVersion(),
        Map.of(PackageField.LIFECYCLE, LifecycleStatus.ACTIVE, PackageField.LICENSE, "BSD-3-Clause"),
        Map.of(PackageField.LIFECYCLE, LifecycleStatus.DEPRECATED, PackageField.LICENSE, "Apache-2.0")));
    Package now = db.find(Package.class, "flask");
    assertEquals(LifecycleStatus.DEPRECATED, now.getLifecycle());
    assertEquals("Apache-2.0", now.getLicense().getId());
    journal.undo();
    assertEquals(LifecycleStatus.ACTIVE, db.find(Package.class, "flask").getLifecycle());
    assertEquals("BSD-3-Clause", db.find(Package.class, "flask").getLicense().getId());
  }

  @Test
  void yankingARecordsTheReasonAndUndoUnyanks() throws Exception {
    Release release = new QRelease(db).versionString.eq("2.18.4").findOne();
    journal.perform(new YankRelease(release.getId(), "requests 2.18.4", true, "Broken wheel"));
    Release yanked = db.find(Release.class, release.getId());
    assertTrue(yanked.isYanked());
    assertEquals("Broken wheel", yanked.getYankedReason());
    assertEquals("yank", lastAudit().getAction());
    journal.undo();
    assertFalse(db.find(Release.class, release.getId()).isYanked());
    assertNull(db.find(Release.class, release.getId()).getYankedReason());
  }

  @Test
  void aPackageAlwaysKeepsAnOwner() throws Exception {
    User kenneth = new QUser(db).emailKey.eq("me@kennethreitz.com").findOne();
    User armin = new QUser(db).emailKey.eq("armin.ronacher@active-4.com").findOne();
    RuleViolation refused = assertThrows(RuleViolation.class,
        () -> journal.perform(new SetMaintainer("requests", kenneth.getId(), "Kenneth", null)));
    assertTrue(refused.getMessage().contains("only owner"), refused.getMessage());

    journal.perform(new SetMaintainer("requests", armin.getId(), "Armin", MaintainerRole.OWNER));
    journal.perform(new SetMaintainer("requests", kenneth.getId(), "Kenneth", MaintainerRole.MAINTAINER));
    assertEquals(MaintainerRole.MAINTAINER,
        new QMaintainer(db).pkg.id.eq("requests").user.id.eq(kenneth.getId()).findOne().getRole());
    assertEquals("set-role", lastAudit().getAction());
    journal.undo();
    journal.undo();
    assertEquals(1, new QMaintainer(db).pkg.id.eq("requests").findCount(), "Armin's addition undone");
    assertEquals(MaintainerRole.OWNER, new QMaintainer(db).pkg.id.eq("requests").findOne().getRole());
  }

  @Test
  void passwordsAreStoredOnlyAsArgon2idHashes() throws Exception {
    User armin = new QUser(db).emailKey.eq("armin.ronacher@active-4.com").findOne();
    String hash = PasswordHasher.hash("correct horse battery staple");
    journal.perform(new SetPassword(armin.getId(), "Armin", hash));
    String stored = db.find(User.class, armin.getId()).getHashedPassword();
    assertTrue(stored.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), stored);
    assertFalse(stored.contains("correct horse"));
    assertTrue(PasswordHasher.matches("correct horse battery staple", stored));
    assertFalse(PasswordHasher.matches("wrong horse battery staple", stored));
    assertThrows(IllegalArgumentException.class, () -> new SetPassword(armin.getId(), "Armin", "plain-text"));
    assertThrows(IllegalArgumentException.class, () -> PasswordHasher.hash("short"));
    assertFalse(lastAudit().getDescription().contains("correct horse"));
    journal.undo();
    assertNull(db.find(User.class, armin.getId()).getHashedPassword());
  }

  @Test
  void emailsStayUniqueWhenUsersAreAddedOrEdited() throws Exception {
    RuleViolation taken = assertThrows(RuleViolation.class,
        () -> journal.perform(new SaveUser(null, "Impostor", "ME@kennethreitz.COM")));
    assertTrue(taken.getMessage().contains("already the e-mail of Kenneth Reitz"), taken.getMessage());
    assertThrows(RuleViolation.class, () -> journal.perform(new SaveUser(null, "Nobody", "not-an-address")));

    SaveUser add = new SaveUser(null, "Grace Hopper", "grace@example.org");
    journal.perform(add);
    assertNotNull(add.createdId());
    assertEquals("Grace Hopper", db.find(User.class, add.createdId()).getName());
    journal.undo();
    assertNull(db.find(User.class, add.createdId()), "undoing an addition removes the user");
  }

  @Test
  void mergingLanguagesMovesEveryLinkAndUndoRestoresThem() throws Exception {
    // requests declares both; flask only "Python :: 3"; numpy only "Python :: 3.6"
    journal.perform(new MergeLanguages("Python :: 3", "Python :: 3.6"));
    assertNull(db.find(ProgrammingLanguage.class, "Python :: 3"));
    assertEquals(List.of("flask", "numpy", "requests"), MergeLanguages.linked(db, "Python :: 3.6"));
    journal.undo();
    assertEquals(List.of("flask", "requests"), MergeLanguages.linked(db, "Python :: 3"));
    assertEquals(List.of("numpy", "requests"), MergeLanguages.linked(db, "Python :: 3.6"));
  }

  @Test
  void renamingALanguageIsAMergeIntoANewName() throws Exception {
    journal.perform(new MergeLanguages("Python :: 3", "Python :: 3 :: Only"));
    assertEquals(List.of("flask", "requests"), MergeLanguages.linked(db, "Python :: 3 :: Only"));
    journal.undo();
    assertNull(db.find(ProgrammingLanguage.class, "Python :: 3 :: Only"), "the new name goes away again");
    assertEquals(List.of("flask", "requests"), MergeLanguages.linked(db, "Python :: 3"));
  }

  @Test
  void deletingAPackageSaysWhatGoesWithItAndIsJournaled() throws Exception {
    DeletePackage.DeletionImpact impact = DeletePackage.DeletionImpact.of(db, "requests");
    assertEquals(new DeletePackage.DeletionImpact(3, 3, 3, 1), impact);
    journal.perform(new DeletePackage("requests", impact));
    assertNull(db.find(Package.class, "requests"));
    assertEquals(0, new QRelease(db).pkg.id.eq("requests").findCount());
    AuditEntry entry = lastAudit();
    assertEquals("delete", entry.getAction());
    assertTrue(entry.getDescription().contains("3 releases, 3 files, 3 downloads and 1 maintainer roles"), entry.getDescription());
    assertTrue(journal.undoDescription().isEmpty(), "a deletion cannot be undone");
  }
}
