package org.packdesk.ui.undo;

import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.packdesk.catalog.edit.ChangeJournal;
import org.packdesk.catalog.edit.ConflictException;
import org.packdesk.catalog.edit.RuleViolation;
import org.packdesk.ui.browse.BrowseViewModel.Background;

/**
 * The window's Edit actions: what can be undone and redone (from the journal's events), and
 * undo and redo themselves, run in the background. A refusal (the entity changed since, a rule)
 * is shown to the curator; nothing changed then.
 */
public final class UndoRedoViewModel {

  /** Shows a refused or failed undo or redo (the dialog service, in the app). */
  @FunctionalInterface
  public interface Problems {
    void show(String header, String message, Throwable details);
  }

  /** Undo or redo on the journal: false when there was nothing to do. */
  @FunctionalInterface
  private interface Step {
    boolean run() throws ConflictException;
  }

  private final ChangeJournal journal;
  private final Background background;
  private final Runnable catalogChanged;
  private final Problems problems;
  private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription", "");
  private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription", "");
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
  private final BooleanBinding canUndo = Bindings.createBooleanBinding(
      () -> !undoDescription.get().isEmpty() && !running.get(), undoDescription, running);
  private final BooleanBinding canRedo = Bindings.createBooleanBinding(
      () -> !redoDescription.get().isEmpty() && !running.get(), redoDescription, running);

  /**
   * @param fxThread where the journal's events are handed over (Platform::runLater in the app);
   *     the journal tells of them on the thread that changed it
   * @param catalogChanged called after an undo or redo, so the views reload
   */
  public UndoRedoViewModel(ChangeJournal journal, Executor fxThread, Background background,
      Runnable catalogChanged, Problems problems) {
    this.journal = journal;
    this.background = background;
    this.catalogChanged = catalogChanged;
    this.problems = problems;
    // Read on the changing thread, inside the journal's lock: the FX thread never waits for it.
    journal.addListener(() -> {
      String undo = journal.undoDescription().orElse("");
      String redo = journal.redoDescription().orElse("");
      fxThread.execute(() -> show(undo, redo));
    });
    show(journal.undoDescription().orElse(""), journal.redoDescription().orElse(""));
  }

  public BooleanBinding canUndoProperty() {
    return canUndo;
  }

  public BooleanBinding canRedoProperty() {
    return canRedo;
  }

  /** What undo would undo, in the curator's words; empty when nothing. */
  public ReadOnlyStringProperty undoDescriptionProperty() {
    return undoDescription.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty redoDescriptionProperty() {
    return redoDescription.getReadOnlyProperty();
  }

  /** True while an undo or redo runs. */
  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** "Undone: …" after an undo, "Redone: …" after a redo; shown briefly. */
  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  public void undo() {
    if (canUndo.get()) {
      run(journal::undo, "undo", "Undone: " + undoDescription.get());
    }
  }

  public void redo() {
    if (canRedo.get()) {
      run(journal::redo, "redo", "Redone: " + redoDescription.get());
    }
  }

  private void show(String undo, String redo) {
    undoDescription.set(undo);
    redoDescription.set(redo);
  }

  private void run(Step step, String verb, String done) {
    String what = verb.equals("undo") ? undoDescription.get() : redoDescription.get();
    running.set(true);
    background.run(step::run, changed -> {
      running.set(false);
      if (changed) {
        notice.set("");
        notice.set(done);
        catalogChanged.run();
      }
    }, error -> {
      running.set(false);
      report(verb, what, error);
    });
  }

  private void report(String verb, String what, Throwable error) {
    String header = verb.equals("undo") ? "Undo not possible" : "Redo not possible";
    String attempt = (verb.equals("undo") ? "Undoing" : "Redoing") + " \u201c" + what + "\u201d";
    if (error instanceof ConflictException conflict) {
      String fields = conflict.fields().stream().map(ConflictException.FieldConflict::field)
          .collect(Collectors.joining(", "));
      problems.show(header, conflict.getMessage()
          + (fields.isEmpty() ? "" : " Changed since: " + fields + ".")
          + "\n\n" + attempt + " now would overwrite that change, so nothing was changed.", null);
    } else if (error instanceof RuleViolation) {
      problems.show(header, error.getMessage() + "\n\n" + attempt + " is not possible; nothing was changed.", null);
    } else {
      String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
      problems.show(verb.equals("undo") ? "Undo failed" : "Redo failed", attempt + " failed: " + message, error);
    }
  }
}
