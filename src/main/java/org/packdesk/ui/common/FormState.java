package org.packdesk.ui.common;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import org.packdesk.catalog.edit.Change;

/**
 * What every edit form's view model has: whether it is saving, and why the last save was
 * refused (shown inline). {@link #save} runs a change through a {@link CatalogEditor} and keeps
 * both up to date.
 */
public class FormState {

  private final CatalogEditor editor;
  private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
  private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper(this, "saveError", "");

  public FormState(CatalogEditor editor) {
    this.editor = editor;
  }

  public ReadOnlyBooleanProperty savingProperty() {
    return saving.getReadOnlyProperty();
  }

  /** Why the last save was refused, in the catalog's words; empty when it was not. */
  public ReadOnlyStringProperty saveErrorProperty() {
    return saveError.getReadOnlyProperty();
  }

  /** Forgets the last refusal (the curator changed what was refused). */
  public void clearError() {
    saveError.set("");
  }

  /** {@code ready}, and no save running: when the form's main button is enabled. */
  public BooleanBinding canSave(ObservableBooleanValue ready) {
    return saving.not().and(ready);
  }

  /** Saves {@code change} (built in the background); {@code onSaved} gets it once it is in the catalog. */
  public void save(java.util.concurrent.Callable<? extends Change> change, java.util.function.Consumer<Change> onSaved) {
    saving.set(true);
    saveError.set("");
    editor.perform(change, made -> {
      saving.set(false);
      onSaved.accept(made);
    }, message -> {
      saving.set(false);
      saveError.set(message);
    });
  }
}
