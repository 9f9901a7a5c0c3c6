package org.packdesk.ui.users;

import java.nio.CharBuffer;
import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.binding.StringBinding;
import org.packdesk.catalog.PasswordHasher;
import org.packdesk.catalog.edit.SetPassword;
import org.packdesk.ui.common.CatalogEditor;
import org.packdesk.ui.common.FormState;

/**
 * The Set password form: the password twice, at least {@link PasswordHasher#MIN_LENGTH}
 * characters, the same both times. Saving copies it to a char array, empties both fields at
 * once, hashes it with Argon2id in the background and wipes the array: only the hash reaches the
 * catalog, and the password is neither logged nor kept. (The fields' own strings are the
 * toolkit's and go with the dialog.)
 */
public final class PasswordFormViewModel {

  private final long userId;
  private final String userLabel;
  private final StringProperty password = new SimpleStringProperty(this, "password", "");
  private final StringProperty confirmation = new SimpleStringProperty(this, "confirmation", "");
  private final StringBinding passwordError;
  private final StringBinding confirmationError;
  private final FormState form;
  private final BooleanBinding canSave;

  public PasswordFormViewModel(long userId, String userLabel, CatalogEditor editor) {
    this.userId = userId;
    this.userLabel = userLabel;
    this.form = new FormState(editor);
    password.addListener((obs, old, now) -> form.clearError());
    passwordError = Bindings.createStringBinding(() -> {
      int length = length(password);
      return length == 0 || length >= PasswordHasher.MIN_LENGTH ? ""
          : "At least " + PasswordHasher.MIN_LENGTH + " characters, please (" + length + " so far).";
    }, password);
    confirmationError = Bindings.createStringBinding(() ->
        length(confirmation) == 0 || confirmation.get().equals(password.get()) ? "" : "The two passwords differ.",
        password, confirmation);
    canSave = form.canSave(Bindings.createBooleanBinding(
        () -> length(password) >= PasswordHasher.MIN_LENGTH && password.get().equals(confirmation.get()),
        password, confirmation));
  }

  public StringProperty passwordProperty() {
    return password;
  }

  public StringProperty confirmationProperty() {
    return confirmation;
  }

  public StringBinding passwordErrorProperty() {
    return passwordError;
  }

  public StringBinding confirmationErrorProperty() {
    return confirmationError;
  }

  public ReadOnlyStringProperty saveErrorProperty() {
    return form.saveErrorProperty();
  }

  public BooleanBinding canSaveProperty() {
    return canSave;
  }

  /** Hashes and stores the password; {@code onSaved} runs once only its hash is in the catalog. */
  public void save(Runnable onSaved) {
    char[] typed = password.get().toCharArray();
    forget();
    form.save(() -> {
      try {
        return new SetPassword(userId, userLabel, PasswordHasher.hash(CharBuffer.wrap(typed)));
      } finally {
        Arrays.fill(typed, '\0');
      }
    }, made -> onSaved.run());
  }

  /** Empties both fields (on save, and when the dialog closes). */
  public void forget() {
    password.set("");
    confirmation.set("");
  }

  private static int length(StringProperty property) {
    return property.get() == null ? 0 : property.get().length();
  }
}
