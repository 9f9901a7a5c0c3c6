package org.packdesk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebean.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.catalog.edit.ChangeJournal;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.model.AuditEntry;

/** The journal as the Journal section reads it, after real changes through the change journal. */
class AuditQueriesTest {

  @TempDir
  Path dir;
  CatalogDatabase catalog;
  Database db;
  AuditQueries audit;
  String curator = "ann";

  @BeforeEach
  void open() throws Exception {
    catalog = TestCatalogs.open(dir);
    db = catalog.database();
    TestCatalogs.fillSample(db); // one "create" entry by "tester"
    audit = new AuditQueries(db);
    db.insert(new AuditEntry("bob", "import", "package", "Flask", "Updated Flask from flask.json: 1 releases, 1 files"));
    ChangeJournal journal = new ChangeJournal(db, () -> curator);
    journal.perform(TestCatalogs.summaryEdit(db, "numpy", "Arrays for Python"));
    curator = "carol";
    journal.undo();
  }

  @AfterEach
  void close() {
    catalog.close();
  }

  private static List<String> actions(List<AuditRow> rows) {
    return rows.stream().map(AuditRow::action).toList();
  }

  @Test
  void listsEntriesNewestFirst() {
    List<AuditRow> rows = audit.search(AuditFilter.ALL, 100);
    assertEquals(List.of("undo", "update", "import", "create"), actions(rows));
    assertEquals(List.of("carol", "ann", "bob", "tester"), rows.stream().map(AuditRow::curator).toList());
    AuditRow undo = rows.get(0);
    assertEquals("package", undo.entity());
    assertEquals("numpy", undo.entityId());
    assertTrue(undo.description().startsWith("Undo: Edit numpy: Summary"), undo.description());
    assertTrue(!undo.happenedAt().isBefore(rows.get(1).happenedAt()));
  }

  @Test
  void keepsToTheLimit() {
    assertEquals(List.of("undo", "update"), actions(audit.search(AuditFilter.ALL, 2)));
  }

  @Test
  void filtersByActionAndCurator() {
    assertEquals(List.of("undo"), actions(audit.search(AuditFilter.ALL.withAction("undo"), 100)));
    assertEquals(List.of("import"), actions(audit.search(AuditFilter.ALL.withCurator("bob"), 100)));
    assertEquals(List.of(), audit.search(AuditFilter.ALL.withCurator("bob").withAction("undo"), 100));
  }

  @Test
  void findsFreeTextInEveryColumnWhateverTheCase() {
    assertEquals(List.of("undo", "update"), actions(audit.search(AuditFilter.text("NUMPY"), 100)), "entity id and description");
    assertEquals(List.of("import"), actions(audit.search(AuditFilter.text("flask.json"), 100)), "description");
    assertEquals(List.of("undo"), actions(audit.search(AuditFilter.text("carol"), 100)), "curator");
    assertEquals(List.of("import"), actions(audit.search(AuditFilter.text("impo"), 100)), "action");
    assertEquals(List.of("create"), actions(audit.search(AuditFilter.text("catalog sample"), 100)), "entity and description");
    assertEquals(List.of("update"), actions(audit.search(AuditFilter.text("numpy").withAction("update"), 100)));
    assertEquals(List.of(), audit.search(AuditFilter.text("100%"), 100), "a LIKE wildcard is taken literally");
  }

  @Test
  void filtersByTimeRange() {
    Instant future = Instant.now().plusSeconds(3600);
    assertEquals(List.of(), audit.search(AuditFilter.ALL.between(future, null), 100));
    assertEquals(4, audit.search(AuditFilter.ALL.between(null, future), 100).size());
    assertEquals(4, audit.search(AuditFilter.ALL.between(Instant.now().minusSeconds(3600), future), 100).size());
  }

  @Test
  void offersTheDistinctActionsAndCurators() {
    assertEquals(List.of("create", "import", "undo", "update"), audit.actions());
    assertEquals(List.of("ann", "bob", "carol", "tester"), audit.curators());
  }
}
