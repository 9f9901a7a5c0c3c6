package org.packdesk.catalog.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebean.Database;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.catalog.LicenseDetail;
import org.packdesk.catalog.LicenseQueries;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.model.AuditEntry;
import org.packdesk.model.License;
import org.packdesk.model.query.QAuditEntry;

class SetLicenseDescriptionTest {

  private static final String CUSTOM_TEXT = "Copyright (c) 2018 Someone\n\nPermission is hereby granted...\n".repeat(40);

  @TempDir
  Path dir;
  CatalogDatabase catalog;
  Database db;
  ChangeJournal journal;
  LicenseQueries licenses;

  @BeforeEach
  void open() {
    catalog = TestCatalogs.open(dir);
    db = catalog.database();
    TestCatalogs.fillSample(db);
    journal = new ChangeJournal(db, () -> "curator-ann");
    licenses = new LicenseQueries(db);
  }

  @AfterEach
  void close() {
    catalog.close();
  }

  private String description(String id) {
    return db.find(License.class, id).getDescription();
  }

  @Test
  void aWholeLicenseTextIsSavedJournaledAndUndone() throws Exception {
    LicenseDetail read = licenses.detail("BSD-3-Clause").orElseThrow();
    assertNull(read.description());
    journal.perform(new SetLicenseDescription("BSD-3-Clause", read.version(), CUSTOM_TEXT));

    assertEquals(CUSTOM_TEXT, licenses.detail("BSD-3-Clause").orElseThrow().description());
    AuditEntry entry = new QAuditEntry(db).orderBy().id.desc().setMaxRows(1).findOne();
    assertEquals("license", entry.getEntity());
    assertEquals("BSD-3-Clause", entry.getEntityId());
    assertEquals("Edit the description of license BSD-3-Clause", entry.getDescription(), "the text itself is not journaled");

    assertTrue(journal.undo());
    assertNull(description("BSD-3-Clause"));
    assertTrue(journal.redo());
    assertEquals(CUSTOM_TEXT, description("BSD-3-Clause"));
  }

  @Test
  void aBlankDescriptionClearsItAndUndoBringsItBack() throws Exception {
    LicenseDetail read = licenses.detail("Apache-2.0").orElseThrow();
    journal.perform(new SetLicenseDescription("Apache-2.0", read.version(), "  \n"));
    assertNull(description("Apache-2.0"));
    journal.undo();
    assertEquals("Apache License 2.0", description("Apache-2.0"));
  }

  @Test
  void aDescriptionChangedMeanwhileConflictsAndNothingIsWritten() throws Exception {
    LicenseDetail mine = licenses.detail("Apache-2.0").orElseThrow();
    new ChangeJournal(db, () -> "other").perform(new SetLicenseDescription("Apache-2.0", mine.version(), "Theirs"));

    ConflictException conflict = assertThrows(ConflictException.class,
        () -> journal.perform(new SetLicenseDescription("Apache-2.0", mine.version(), "Mine")));
    assertEquals(List.of(new ConflictException.FieldConflict("Description", "Mine", "Theirs")), conflict.fields());
    assertEquals("Theirs", description("Apache-2.0"));

    journal.perform(new SetLicenseDescription("Apache-2.0", conflict.currentVersion(), "Mine"));
    assertEquals("Mine", description("Apache-2.0"));
  }

  @Test
  void anUnknownLicenseIsRefused() {
    assertTrue(licenses.detail("No-Such").isEmpty());
    assertThrows(RuleViolation.class, () -> journal.perform(new SetLicenseDescription("No-Such", null, "x")));
  }
}
