package org.packdesk.ui.licenses;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.packdesk.catalog.LicenseDetail;
import org.packdesk.catalog.edit.SetLicenseDescription;
import org.packdesk.ui.common.CatalogEditor;
import org.packdesk.ui.common.FormState;

/**
 * The Edit description form: a license's description (for a custom license, its whole text).
 * It is saved against the version it was read at, so an edit made meanwhile elsewhere is not
 * silently overwritten: the refusal says so in the form.
 */
public final class LicenseDescriptionViewModel {

  private final LicenseDetail license;
  private final StringProperty text = new SimpleStringProperty(this, "text");
  private final FormState form;
  private final BooleanBinding canSave;

  public LicenseDescriptionViewModel(LicenseDetail license, CatalogEditor editor) {
    this.license = license;
    this.form = new FormState(editor);
    String original = Objects.requireNonNullElse(license.description(), "");
    text.set(original);
    text.addListener((obs, old, now) -> form.clearError());
    canSave = form.canSave(Bindings.createBooleanBinding(() -> !original.equals(text.get()), text));
  }

  public LicenseDetail license() {
    return license;
  }

  public StringProperty textProperty() {
    return text;
  }

  public ReadOnlyStringProperty saveErrorProperty() {
    return form.saveErrorProperty();
  }

  /** Whether Save is enabled: the text changed and no save runs. */
  public BooleanBinding canSaveProperty() {
    return canSave;
  }

  public void save(Runnable onSaved) {
    SetLicenseDescription change = new SetLicenseDescription(license.id(), license.version(), text.get());
    form.save(() -> change, made -> onSaved.run());
  }
}
