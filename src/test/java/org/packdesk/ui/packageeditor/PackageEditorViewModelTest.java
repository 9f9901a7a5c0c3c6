package org.packdesk.ui.packageeditor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.packdesk.catalog.EditablePackage;
import org.packdesk.catalog.edit.PackageField;
import org.packdesk.model.LifecycleStatus;
import org.packdesk.ui.packageeditor.PackageEditorViewModel.Problem;

/** The editor's rules, dirty state and change, without a toolkit. */
class PackageEditorViewModelTest {

  private final PackageEditorViewModel editor = new PackageEditorViewModel();

  private static EditablePackage requests(PackageField field, Object value) {
    Map<PackageField, Object> values = new EnumMap<>(PackageField.class);
    for (PackageField f : PackageField.values()) {
      values.put(f, null);
    }
    values.put(PackageField.SUMMARY, "Python HTTP for Humans.");
    values.put(PackageField.HOME_PAGE, "http://python-requests.org");
    values.put(PackageField.AUTHOR_NAME, "Kenneth Reitz");
    values.put(PackageField.AUTHOR_EMAIL, "me@kennethreitz.com");
    values.put(PackageField.LICENSE, "Apache-2.0");
    values.put(PackageField.LIFECYCLE, LifecycleStatus.ACTIVE);
    if (field != null) {
      values.put(field, value);
    }
    return new EditablePackage("requests", "requests", 7, values, List.of("Apache-2.0", "BSD-3-Clause"));
  }

  @BeforeEach
  void open() {
    editor.load(requests(null, null));
  }

  private String error(PackageField field) {
    Problem problem = editor.problem(field).getValue();
    assertTrue(problem == null || problem.error(), "a warning, not an error: " + problem);
    return problem == null ? null : problem.message();
  }

  @Test
  void aPackageJustOpenedIsCleanAndCannotBeSaved() {
    assertFalse(editor.isDirty());
    assertTrue(editor.validProperty().get());
    assertFalse(editor.canSaveProperty().get());
    assertEquals("Edit requests", editor.titleProperty().get());
    assertEquals("Python HTTP for Humans.", editor.text(PackageField.SUMMARY).get());
    assertEquals("", editor.text(PackageField.DOCS_URL).get());
    assertEquals("Apache-2.0", editor.licenseProperty().get());
    assertEquals(List.of("(none)", "Apache-2.0", "BSD-3-Clause"), editor.licenseChoices());
    assertEquals(LifecycleStatus.ACTIVE, editor.lifecycleProperty().get());
  }

  @Test
  void editingTheSummaryMarksTheEditorAndTheChangeHoldsOnlyThatField() {
    editor.text(PackageField.SUMMARY).set("HTTP for people");
    assertTrue(editor.isDirty());
    assertTrue(editor.canSaveProperty().get());
    assertEquals("Edit requests \u2022", editor.titleProperty().get());
    assertEquals("Edit requests", editor.headingProperty().get());
    assertEquals(Map.of(PackageField.SUMMARY, "HTTP for people"), editor.editedValues());
    assertEquals("Edit requests: Summary \u201cPython HTTP for Humans.\u201d \u2192 \u201cHTTP for people\u201d",
        editor.change().description());
    assertEquals("requests", editor.change().entityId());
  }

  @Test
  void typingTheValueBackOrOnlyBlanksIsNoChange() {
    editor.text(PackageField.SUMMARY).set("Something else");
    editor.text(PackageField.SUMMARY).set("  Python HTTP for Humans.  ");
    editor.text(PackageField.DOCS_URL).set("   ");
    assertFalse(editor.isDirty());
    assertTrue(editor.editedValues().isEmpty());
    assertTrue(editor.change().isEmpty());
  }

  @Test
  void clearingAFieldStoresNothingRatherThanAnEmptyText() {
    editor.text(PackageField.AUTHOR_NAME).set("");
    Map<PackageField, Object> edited = editor.editedValues();
    assertEquals(1, edited.size());
    assertTrue(edited.containsKey(PackageField.AUTHOR_NAME));
    assertNull(edited.get(PackageField.AUTHOR_NAME));
  }

  @Test
  void aSummaryIsRequired() {
    editor.text(PackageField.SUMMARY).set(" ");
    assertEquals("A summary is required: one line saying what the package is for.", error(PackageField.SUMMARY));
    assertFalse(editor.validProperty().get());
    assertFalse(editor.canSaveProperty().get());
    assertEquals("Summary: A summary is required: one line saying what the package is for.",
        editor.problemsTextProperty().get());
    editor.text(PackageField.SUMMARY).set("x".repeat(513));
    assertEquals("At most 512 characters fit here; this has 513.", error(PackageField.SUMMARY));
  }

  @Test
  void linksMustBeWholeHttpAddresses() {
    editor.text(PackageField.DOCS_URL).set("requests.readthedocs.io");
    assertEquals("Not a web address: write it in full, starting with https:// or http://.", error(PackageField.DOCS_URL));
    editor.text(PackageField.DOCS_URL).set("ftp://ftp.example.org/requests");
    assertEquals("Only web addresses starting with https:// or http:// can be linked, not ftp:.",
        error(PackageField.DOCS_URL));
    editor.text(PackageField.DOCS_URL).set("https://");
    assertEquals("Not a web address: \u201chttps://\u201d cannot be read as one (write a space as %20).",
        error(PackageField.DOCS_URL));
    editor.text(PackageField.DOCS_URL).set("https:///path");
    assertEquals("Not a web address: the server's name is missing after https://.", error(PackageField.DOCS_URL));
    editor.text(PackageField.DOCS_URL).set("https://requests.readthedocs.io/en latest");
    assertEquals("Not a web address: \u201chttps://requests.readthedocs.io/en latest\u201d cannot be read as one"
        + " (write a space as %20).", error(PackageField.DOCS_URL));
    assertFalse(editor.canSaveProperty().get());
    assertEquals("Documentation: " + error(PackageField.DOCS_URL), editor.problemsTextProperty().get());

    editor.text(PackageField.DOCS_URL).set("https://requests.readthedocs.io/");
    assertNull(error(PackageField.DOCS_URL));
    assertTrue(editor.canSaveProperty().get());
  }

  @Test
  void emailsMayBeSeveralButEachMustBeAnAddress() {
    editor.text(PackageField.AUTHOR_EMAIL).set("noah@noah.org, thomas@kluyver.me.uk; jr@its.to");
    assertNull(error(PackageField.AUTHOR_EMAIL));
    editor.text(PackageField.AUTHOR_EMAIL).set("me@kennethreitz.com, kenneth");
    assertEquals("Not an e-mail address: \u201ckenneth\u201d. Separate several addresses with commas.",
        error(PackageField.AUTHOR_EMAIL));
    editor.text(PackageField.AUTHOR_EMAIL).set("Kenneth Reitz <me@kennethreitz.com>");
    assertTrue(error(PackageField.AUTHOR_EMAIL).startsWith("Not an e-mail address"));
  }

  @Test
  void requiresPythonTakesVersionSpecifiers() {
    editor.text(PackageField.REQUIRES_PYTHON).set(">= 2.7, !=3.0.*, !=3.1.*");
    assertNull(error(PackageField.REQUIRES_PYTHON));
    editor.text(PackageField.REQUIRES_PYTHON).set("3.8");
    assertEquals("Not a version specifier: \u201c3.8\u201d. Write them like >=3.8 or >=2.7, !=3.0.*",
        error(PackageField.REQUIRES_PYTHON));
    editor.text(PackageField.REQUIRES_PYTHON).set(">=3.8,");
    assertEquals("Not a version specifier: \u201c\u201d. Write them like >=3.8 or >=2.7, !=3.0.*",
        error(PackageField.REQUIRES_PYTHON));
  }

  @Test
  void aValueKeptAsPublishedOnlyWarnsAndNeverBlocksAnotherEdit() {
    editor.load(requests(PackageField.DOWNLOAD_URL, "UNKNOWN"));
    Problem problem = editor.problem(PackageField.DOWNLOAD_URL).getValue();
    assertFalse(problem.error());
    assertEquals("As published: Not a web address: write it in full, starting with https:// or http://.", problem.message());
    assertTrue(editor.validProperty().get());

    editor.text(PackageField.SUMMARY).set("HTTP for people");
    assertTrue(editor.canSaveProperty().get());
    assertEquals(Map.of(PackageField.SUMMARY, "HTTP for people"), editor.editedValues());

    editor.text(PackageField.DOWNLOAD_URL).set("UNKNOWN2");
    assertTrue(editor.problem(PackageField.DOWNLOAD_URL).getValue().error(), "changed, so it must pass");
    assertFalse(editor.canSaveProperty().get());
  }

  @Test
  void licenseAndLifecycleAreChosen() {
    editor.licenseProperty().set(PackageEditorViewModel.NO_LICENSE);
    editor.lifecycleProperty().set(LifecycleStatus.DEPRECATED);
    editor.text(PackageField.LIFECYCLE_NOTE).set("Use httpx");
    Map<PackageField, Object> edited = editor.editedValues();
    assertEquals(3, edited.size());
    assertNull(edited.get(PackageField.LICENSE));
    assertTrue(edited.containsKey(PackageField.LICENSE));
    assertEquals(LifecycleStatus.DEPRECATED, edited.get(PackageField.LIFECYCLE));
    assertEquals("Use httpx", edited.get(PackageField.LIFECYCLE_NOTE));
    assertTrue(editor.change().description().contains("License \u201cApache-2.0\u201d \u2192 (none)"),
        editor.change().description());

    editor.licenseProperty().set("Apache-2.0");
    editor.lifecycleProperty().set(LifecycleStatus.ACTIVE);
    editor.text(PackageField.LIFECYCLE_NOTE).set("");
    assertFalse(editor.isDirty());
  }

  @Test
  void theDescriptionKeepsItsTextAsTyped() {
    editor.text(PackageField.DESCRIPTION).set("Requests\n========\n\n  indented  \n");
    assertEquals(Map.of(PackageField.DESCRIPTION, "Requests\n========\n\n  indented  \n"), editor.editedValues());
  }

  @Test
  void saveWaitsWhileASaveRuns() {
    editor.text(PackageField.SUMMARY).set("HTTP for people");
    editor.savingProperty().set(true);
    assertFalse(editor.canSaveProperty().get());
    editor.savingProperty().set(false);
    assertTrue(editor.canSaveProperty().get());
  }

  @Test
  void reloadingTakesTheirValuesAndIsCleanAgain() {
    editor.text(PackageField.SUMMARY).set("Mine");
    editor.load(requests(PackageField.SUMMARY, "Theirs"));
    assertEquals("Theirs", editor.text(PackageField.SUMMARY).get());
    assertFalse(editor.isDirty());
  }
}
