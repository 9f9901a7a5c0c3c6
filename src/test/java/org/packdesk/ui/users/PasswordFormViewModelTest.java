package org.packdesk.ui.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.packdesk.catalog.edit.SetPassword;
import org.packdesk.ui.common.RecordingEditor;

/** The password form's rules, without a toolkit. */
class PasswordFormViewModelTest {

  private final RecordingEditor editor = new RecordingEditor();
  private final PasswordFormViewModel form = new PasswordFormViewModel(7L, "Armin Ronacher", editor);

  @Test
  void anEmptyFormShowsNoProblemAndCannotBeSaved() {
    assertEquals("", form.passwordErrorProperty().get());
    assertEquals("", form.confirmationErrorProperty().get());
    assertFalse(form.canSaveProperty().get());
  }

  @Test
  void aPasswordNeedsEightCharacters() {
    form.passwordProperty().set("short");
    form.confirmationProperty().set("short");
    assertEquals("At least 8 characters, please (5 so far).", form.passwordErrorProperty().get());
    assertFalse(form.canSaveProperty().get());
    form.passwordProperty().set("shortish");
    form.confirmationProperty().set("shortish");
    assertEquals("", form.passwordErrorProperty().get());
    assertTrue(form.canSaveProperty().get());
  }

  @Test
  void bothFieldsMustMatch() {
    form.passwordProperty().set("correct horse");
    assertEquals("", form.confirmationErrorProperty().get(), "nothing said before the second is typed");
    form.confirmationProperty().set("correct hors");
    assertEquals("The two passwords differ.", form.confirmationErrorProperty().get());
    assertFalse(form.canSaveProperty().get());
    form.confirmationProperty().set("correct horse");
    assertEquals("", form.confirmationErrorProperty().get());
    assertTrue(form.canSaveProperty().get());
  }

  @Test
  void savingEmptiesBothFieldsAndSendsOnlyAHash() {
    form.passwordProperty().set("correct horse battery");
    form.confirmationProperty().set("correct horse battery");
    AtomicBoolean closed = new AtomicBoolean();
    editor.hold();
    form.save(() -> closed.set(true));

    assertEquals("", form.passwordProperty().get(), "forgotten as soon as Save is pressed");
    assertEquals("", form.confirmationProperty().get());
    assertFalse(closed.get());
    editor.finish();
    assertTrue(closed.get());
    assertInstanceOf(SetPassword.class, editor.performed.get(0));
    assertEquals("Set the password of Armin Ronacher", editor.onlyChange());
    assertFalse(editor.performed.get(0).toString().contains("correct horse"));
  }

  @Test
  void aFailedSaveSaysWhyAndKeepsNothing() {
    form.passwordProperty().set("correct horse battery");
    form.confirmationProperty().set("correct horse battery");
    editor.refuseWith("The user Armin Ronacher no longer exists.");
    form.save(() -> { });
    assertEquals("The user Armin Ronacher no longer exists.", form.saveErrorProperty().get());
    assertEquals("", form.passwordProperty().get());
    assertFalse(form.canSaveProperty().get());
  }

  @Test
  void closingForgetsWhatWasTyped() {
    form.passwordProperty().set("half typed");
    form.confirmationProperty().set("half");
    form.forget();
    assertEquals("", form.passwordProperty().get());
    assertEquals("", form.confirmationProperty().get());
  }
}
