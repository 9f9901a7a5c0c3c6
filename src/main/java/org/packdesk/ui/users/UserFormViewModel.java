package org.packdesk.ui.users;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.packdesk.catalog.edit.SaveUser;
import org.packdesk.ui.common.CatalogEditor;
import org.packdesk.ui.common.FormState;

/**
 * The Add user / Edit user form: a name and an e-mail address, both required, the address well
 * formed. A field's problem shows once the curator has changed it; whether the address is taken
 * is the catalog's to say, and its refusal shows in the form.
 */
public final class UserFormViewModel {

  private final Long userId;
  private final String originalName;
  private final String originalEmail;
  private final StringProperty name = new SimpleStringProperty(this, "name");
  private final StringProperty email = new SimpleStringProperty(this, "email");
  private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError", "");
  private final ReadOnlyStringWrapper emailError = new ReadOnlyStringWrapper(this, "emailError", "");
  private final FormState form;
  private final BooleanBinding canSave;
  private boolean nameTouched;
  private boolean emailTouched;

  /** A form for a new user. */
  public UserFormViewModel(CatalogEditor editor) {
    this(null, "", "", editor);
  }

  /** A form for the user {@code userId}, as it is now. */
  public UserFormViewModel(Long userId, String name, String email, CatalogEditor editor) {
    this.userId = userId;
    this.originalName = name == null ? "" : name;
    this.originalEmail = email == null ? "" : email;
    this.name.set(originalName);
    this.email.set(originalEmail);
    this.form = new FormState(editor);
    this.name.addListener((obs, old, now) -> {
      nameTouched = true;
      validate();
    });
    this.email.addListener((obs, old, now) -> {
      emailTouched = true;
      validate();
    });
    BooleanBinding valid = Bindings.createBooleanBinding(
        () -> problemOfName() == null && problemOfEmail() == null, this.name, this.email);
    BooleanBinding changed = Bindings.createBooleanBinding(
        () -> !trimmed(this.name.get()).equals(originalName.trim()) || !trimmed(this.email.get()).equals(originalEmail.trim()),
        this.name, this.email);
    this.canSave = form.canSave(valid.and(changed));
  }

  public boolean isNew() {
    return userId == null;
  }

  public StringProperty nameProperty() {
    return name;
  }

  public StringProperty emailProperty() {
    return email;
  }

  /** What is wrong with the name, once it was edited; empty when nothing is. */
  public ReadOnlyStringProperty nameErrorProperty() {
    return nameError.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty emailErrorProperty() {
    return emailError.getReadOnlyProperty();
  }

  /** Why the catalog refused the last save (an address already taken). */
  public ReadOnlyStringProperty saveErrorProperty() {
    return form.saveErrorProperty();
  }

  /** Whether Save is enabled: both fields valid, something changed, no save running. */
  public BooleanBinding canSaveProperty() {
    return canSave;
  }

  /** Saves the user; {@code onSaved} gets its id (the new one, for an added user). */
  public void save(Consumer<Long> onSaved) {
    SaveUser change = new SaveUser(userId, trimmed(name.get()), trimmed(email.get()));
    form.save(() -> change, made -> onSaved.accept(userId != null ? userId : change.createdId()));
  }

  private void validate() {
    form.clearError();
    nameError.set(nameTouched ? Objects.requireNonNullElse(problemOfName(), "") : "");
    emailError.set(emailTouched ? Objects.requireNonNullElse(problemOfEmail(), "") : "");
  }

  private String problemOfName() {
    return trimmed(name.get()).isEmpty() ? "A name is required." : null;
  }

  private String problemOfEmail() {
    String address = trimmed(email.get());
    if (address.isEmpty()) {
      return "An e-mail address is required.";
    }
    return SaveUser.isEmailAddress(address) ? null : "This is not an e-mail address (like ada@example.org).";
  }

  private static String trimmed(String s) {
    return s == null ? "" : s.trim();
  }
}
