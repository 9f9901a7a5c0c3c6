package org.packdesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.packdesk.catalog.edit.Change;

/**
 * An editor for view model tests: it builds each change at once and records it instead of
 * performing it, or refuses it as the catalog's rules would.
 */
public final class RecordingEditor implements CatalogEditor {

  public final List<Change> performed = new ArrayList<>();
  private String refusal;
  private Runnable heldSuccess;
  private boolean holding;

  /** The next changes are refused with {@code message}. */
  public void refuseWith(String message) {
    this.refusal = message;
  }

  /** The next change waits for {@link #finish()}, like a slow save would. */
  public void hold() {
    holding = true;
  }

  public void finish() {
    holding = false;
    if (heldSuccess != null) {
      heldSuccess.run();
    }
  }

  @Override
  public void perform(Callable<? extends Change> change, Consumer<Change> onDone, Consumer<String> onFailed) {
    Change made;
    try {
      made = change.call();
    } catch (Exception e) {
      onFailed.accept(e.getMessage());
      return;
    }
    if (refusal != null) {
      onFailed.accept(refusal);
      return;
    }
    performed.add(made);
    if (holding) {
      heldSuccess = () -> onDone.accept(made);
    } else {
      onDone.accept(made);
    }
  }

  /** The description of the only change performed. */
  public String onlyChange() {
    if (performed.size() != 1) {
      throw new AssertionError("Expected one change, got " + performed);
    }
    return performed.get(0).description();
  }
}
