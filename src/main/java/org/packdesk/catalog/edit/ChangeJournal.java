package org.packdesk.catalog.edit;

import io.ebean.Database;
import java.util.LinkedHashSet;
import java.util.Set;
import org.packdesk.catalog.search.SearchBacklog;
import io.ebean.Transaction;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.packdesk.model.AuditEntry;

/**
 * Performs changes, each in its own transaction together with its audit entry, and keeps the
 * session's undo and redo stacks of their inverses. Thread-safe: the UI calls it from
 * background tasks.
 */
public final class ChangeJournal {

  private final Database db;
  private final Supplier<String> curator;
  /** A step of the session: what the curator did, and the change that reverses or repeats it. */
  private record Step(String description, Change change) {
  }

  private final Deque<Step> undo = new ArrayDeque<>();
  private final Deque<Step> redo = new ArrayDeque<>();
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  public ChangeJournal(Database db, Supplier<String> curator) {
    this.db = db;
    this.curator = curator;
  }

  /** Carries out {@code change}; it can then be undone, unless it has no inverse (a deletion). */
  public synchronized void perform(Change change) throws ConflictException {
    if (change.isEmpty()) {
      return;
    }
    Change inverse = run(change, change.action(), change.description());
    if (inverse != null) {
      undo.push(new Step(change.description(), inverse));
    }
    redo.clear();
    fire();
  }

  /** Undoes the last change; false when there is nothing to undo. */
  public synchronized boolean undo() throws ConflictException {
    Step step = undo.peek();
    if (step == null) {
      return false;
    }
    Change again = run(step.change(), "undo", "Undo: " + step.description());
    undo.pop();
    redo.push(new Step(step.description(), again));
    fire();
    return true;
  }

  /** Redoes the last undone change; false when there is nothing to redo. */
  public synchronized boolean redo() throws ConflictException {
    Step step = redo.peek();
    if (step == null) {
      return false;
    }
    Change inverse = run(step.change(), "redo", "Redo: " + step.description());
    redo.pop();
    undo.push(new Step(step.description(), inverse));
    fire();
    return true;
  }

  private Change run(Change change, String action, String description) throws ConflictException {
    try (Transaction txn = db.beginTransaction()) {
      Set<String> touched = new LinkedHashSet<>(PackagesTouched.by(db, change));
      Change inverse = change.apply(db);
      touched.addAll(PackagesTouched.by(db, change));
      SearchBacklog.mark(txn.connection(), touched);
      db.insert(new AuditEntry(curator.get(), action, change.entity(), change.entityId(), description));
      txn.commit();
      return inverse;
    }
  }

  public synchronized Optional<String> undoDescription() {
    return Optional.ofNullable(undo.peek()).map(Step::description);
  }

  public synchronized Optional<String> redoDescription() {
    return Optional.ofNullable(redo.peek()).map(Step::description);
  }

  /** Called (on the changing thread) after every perform, undo and redo. */
  public void addListener(Runnable listener) {
    listeners.add(listener);
  }

  private void fire() {
    listeners.forEach(Runnable::run);
  }
}
