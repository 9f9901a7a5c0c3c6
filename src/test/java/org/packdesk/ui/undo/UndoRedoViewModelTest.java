package org.packdesk.ui.undo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebean.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.catalog.edit.ChangeJournal;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.model.Package;
import org.packdesk.ui.browse.HeldBackground;

/** Undo and redo state from the journal's events, on a real catalog and without a toolkit. */
class UndoRedoViewModelTest {

  record Problem(String header, String message, Throwable details) {
  }

  @TempDir
  Path dir;
  CatalogDatabase catalog;
  Database db;
  ChangeJournal journal;
  String numpySummary;
  final List<Runnable> fxQueue = new ArrayList<>();
  final HeldBackground background = new HeldBackground();
  final List<Problem> problems = new ArrayList<>();
  int catalogChanges;
  UndoRedoViewModel model;

  @BeforeEach
  void open() {
    catalog = TestCatalogs.open(dir);
    db = catalog.database();
    TestCatalogs.fillSample(db);
    numpySummary = summary();
    journal = new ChangeJournal(db, () -> "ann");
    model = new UndoRedoViewModel(journal, fxQueue::add, background, () -> catalogChanges++,
        (header, message, details) -> problems.add(new Problem(header, message, details)));
  }

  @AfterEach
  void close() {
    catalog.close();
  }

  private String summary() {
    return db.find(Package.class, "numpy").getSummary();
  }

  /** Runs what was handed to the FX thread. */
  private void runFxQueue() {
    List<Runnable> queued = new ArrayList<>(fxQueue);
    fxQueue.clear();
    queued.forEach(Runnable::run);
  }

  @Test
  void nothingToUndoOrRedoAtFirst() {
    assertFalse(model.canUndoProperty().get());
    assertFalse(model.canRedoProperty().get());
    assertEquals("", model.undoDescriptionProperty().get());
  }

  @Test
  void aChangeCanBeUndoneOnceTheFxThreadHears() throws Exception {
    journal.perform(TestCatalogs.summaryEdit(db, "numpy", "Arrays for Python"));
    assertFalse(model.canUndoProperty().get(), "the journal's event waits for the FX thread");

    runFxQueue();

    assertTrue(model.canUndoProperty().get());
    assertFalse(model.canRedoProperty().get());
    assertTrue(model.undoDescriptionProperty().get().startsWith("Edit numpy: Summary"), model.undoDescriptionProperty().get());
  }

  @Test
  void undoRunsInTheBackgroundThenOffersRedo() throws Exception {
    journal.perform(TestCatalogs.summaryEdit(db, "numpy", "Arrays for Python"));
    runFxQueue();
    String edit = model.undoDescriptionProperty().get();

    model.undo();
    assertTrue(model.runningProperty().get());
    assertFalse(model.canUndoProperty().get(), "no second undo while one runs");
    assertEquals("Arrays for Python", summary(), "nothing happened on the calling thread");

    background.finishAll();
    runFxQueue();

    assertEquals(numpySummary, summary());
    assertFalse(model.runningProperty().get());
    assertEquals(1, catalogChanges, "the views reload");
    assertEquals("Undone: " + edit, model.noticeProperty().get());
    assertFalse(model.canUndoProperty().get());
    assertTrue(model.canRedoProperty().get());
    assertEquals(edit, model.redoDescriptionProperty().get());

    model.redo();
    background.finishAll();
    runFxQueue();

    assertEquals("Arrays for Python", summary());
    assertEquals("Redone: " + edit, model.noticeProperty().get());
    assertTrue(model.canUndoProperty().get());
    assertFalse(model.canRedoProperty().get());
    assertEquals(2, catalogChanges);
    assertTrue(problems.isEmpty());
  }

  @Test
  void anUndoOverAnotherSessionsChangeIsRefusedAndSaysWhy() throws Exception {
    journal.perform(TestCatalogs.summaryEdit(db, "numpy", "Arrays for Python"));
    new ChangeJournal(db, () -> "bob").perform(TestCatalogs.summaryEdit(db, "numpy", "Bob's arrays"));
    runFxQueue();

    model.undo();
    background.finishAll();

    assertEquals("Bob's arrays", summary(), "the other change stays");
    assertEquals(1, problems.size());
    Problem problem = problems.get(0);
    assertEquals("Undo not possible", problem.header());
    assertTrue(problem.message().contains("numpy was changed by someone else"), problem.message());
    assertTrue(problem.message().contains("Changed since: Summary."), problem.message());
    assertTrue(problem.message().endsWith("nothing was changed."), problem.message());
    assertNull(problem.details(), "an expected refusal, not a crash");
    assertEquals(0, catalogChanges);
    assertEquals("", model.noticeProperty().get());
    assertTrue(model.canUndoProperty().get(), "still offered: the curator may resolve it and try again");
  }

  @Test
  void undoWithNothingToUndoDoesNothing() {
    model.undo();
    model.redo();
    assertTrue(background.isIdle());
    assertEquals(0, catalogChanges);
  }
}
