package org.packdesk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ebean.Database;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.catalog.edit.ChangeJournal;
import org.packdesk.catalog.edit.ConflictException;
import org.packdesk.catalog.edit.DeletePackage;
import org.packdesk.catalog.edit.PackageField;
import org.packdesk.catalog.edit.RuleViolation;
import org.packdesk.catalog.edit.SetPackageFields;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.model.LifecycleStatus;
import org.packdesk.model.Package;

/** What the editor reads, and an edit kept over someone else's after a conflict. */
class PackageEditingTest {

  @TempDir
  Path dir;
  CatalogDatabase catalog;
  Database db;
  PackageEditing editing;
  ChangeJournal journal;

  @BeforeEach
  void open() {
    catalog = TestCatalogs.open(dir);
    db = catalog.database();
    TestCatalogs.fillSample(db);
    editing = new PackageEditing(db);
    journal = new ChangeJournal(db, () -> "me");
  }

  @AfterEach
  void close() {
    catalog.close();
  }

  @Test
  void theEditorReadsEveryFieldAndTheLicensesToChooseFrom() {
    EditablePackage requests = editing.read("requests");
    assertEquals("requests", requests.name());
    assertEquals("Python HTTP for Humans.", requests.value(PackageField.SUMMARY));
    assertEquals("Apache-2.0", requests.value(PackageField.LICENSE));
    assertEquals(LifecycleStatus.ACTIVE, requests.value(PackageField.LIFECYCLE));
    assertNull(requests.value(PackageField.DOCS_URL));
    assertEquals(List.of("Apache-2.0", "BSD-3-Clause"), requests.licenseIds());
    assertEquals(db.find(Package.class, "requests").getVersion(), requests.version());
  }

  @Test
  void keepingMineAfterAConflictOverwritesTheirs() throws Exception {
    EditablePackage read = editing.read("flask");
    SetPackageFields mine = new SetPackageFields("flask", read.version(), read.values(),
        Map.of(PackageField.SUMMARY, "Mine"));
    new ChangeJournal(db, () -> "other").perform(new SetPackageFields("flask", read.version(), read.values(),
        Map.of(PackageField.SUMMARY, "Theirs")));
    assertThrows(ConflictException.class, () -> journal.perform(mine));

    journal.perform(editing.rebase(mine));
    assertEquals("Mine", db.find(Package.class, "flask").getSummary());
  }

  @Test
  void aDeletedPackageCannotBeReadOrRebased() throws Exception {
    EditablePackage read = editing.read("numpy");
    DeletePackage.DeletionImpact impact = editing.deletionImpact("numpy");
    assertEquals(new DeletePackage.DeletionImpact(1, 1, 0, 0), impact);
    journal.perform(new DeletePackage("numpy", impact));
    assertThrows(RuleViolation.class, () -> editing.read("numpy"));
    assertThrows(RuleViolation.class, () -> editing.rebase(new SetPackageFields("numpy", read.version(),
        read.values(), Map.of(PackageField.SUMMARY, "Gone"))));
  }
}
