package org.packdesk.ui.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.packdesk.ui.common.RecordingEditor;

/** The user form's rules, without a toolkit. */
class UserFormViewModelTest {

  private final RecordingEditor editor = new RecordingEditor();

  @Test
  void aNewFormShowsNoProblemBeforeTheCuratorTypes() {
    UserFormViewModel form = new UserFormViewModel(editor);
    assertTrue(form.isNew());
    assertEquals("", form.nameErrorProperty().get());
    assertEquals("", form.emailErrorProperty().get());
    assertFalse(form.canSaveProperty().get());
  }

  @Test
  void aNameAndAWellFormedAddressAreRequired() {
    UserFormViewModel form = new UserFormViewModel(editor);
    form.nameProperty().set("Grace Hopper");
    form.emailProperty().set("grace");
    assertEquals("This is not an e-mail address (like ada@example.org).", form.emailErrorProperty().get());
    assertFalse(form.canSaveProperty().get());

    form.emailProperty().set("grace@example.org");
    assertEquals("", form.emailErrorProperty().get());
    assertTrue(form.canSaveProperty().get());

    form.nameProperty().set("   ");
    assertEquals("A name is required.", form.nameErrorProperty().get());
    assertFalse(form.canSaveProperty().get());
    form.nameProperty().set("Grace Hopper");
    form.emailProperty().set("");
    assertEquals("An e-mail address is required.", form.emailErrorProperty().get());
    assertFalse(form.canSaveProperty().get());
  }

  @Test
  void anEditCanBeSavedOnlyOnceSomethingChanged() {
    UserFormViewModel form = new UserFormViewModel(7L, "Armin Ronacher", "armin@example.org", editor);
    assertFalse(form.isNew());
    assertFalse(form.canSaveProperty().get(), "unchanged");
    form.nameProperty().set("Armin R.");
    assertTrue(form.canSaveProperty().get());
    form.nameProperty().set("Armin Ronacher ");
    assertFalse(form.canSaveProperty().get(), "only a trailing space: nothing to save");
    form.emailProperty().set("ARMIN@example.org");
    assertTrue(form.canSaveProperty().get(), "the address's case is the curator's to change");
  }

  @Test
  void savingSendsTheTrimmedValuesAndIsDisabledWhileItRuns() {
    UserFormViewModel form = new UserFormViewModel(7L, "Armin Ronacher", "armin@example.org", editor);
    List<Long> saved = new ArrayList<>();
    form.nameProperty().set("  Armin R. ");
    editor.hold();
    form.save(saved::add);
    assertFalse(form.canSaveProperty().get(), "no second save while one runs");
    editor.finish();
    assertEquals("Edit user Armin R. <armin@example.org>", editor.onlyChange());
    assertEquals(List.of(7L), saved);
  }

  @Test
  void aRefusalShowsInTheFormUntilTheCuratorChangesSomething() {
    UserFormViewModel form = new UserFormViewModel(editor);
    form.nameProperty().set("Impostor");
    form.emailProperty().set("ME@kennethreitz.com");
    editor.refuseWith("ME@kennethreitz.com is already the e-mail of Kenneth Reitz.");
    List<Long> saved = new ArrayList<>();
    form.save(saved::add);

    assertEquals("ME@kennethreitz.com is already the e-mail of Kenneth Reitz.", form.saveErrorProperty().get());
    assertEquals(List.of(), saved, "the dialog stays open");
    assertTrue(form.canSaveProperty().get(), "the curator may try again");
    form.emailProperty().set("impostor@example.org");
    assertEquals("", form.saveErrorProperty().get());
  }
}
