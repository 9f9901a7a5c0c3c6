package org.packdesk.ui.packageeditor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebean.Database;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.packdesk.catalog.edit.ChangeJournal;
import org.packdesk.catalog.edit.PackageField;
import org.packdesk.catalog.edit.SetPackageFields;
import org.packdesk.model.Package;
import org.packdesk.ui.packages.PackageDetailFixture;
import org.testfx.framework.junit5.Start;

/** A curator edits a package: saves with Ctrl+S, is stopped by a bad address, wins a conflict. */
class PackageEditorViewTest extends PackageDetailFixture {

  @Start
  void start(Stage stage) {
    openMainWindow(stage);
  }

  private Database db() {
    return context.catalog().database();
  }

  private void replaceText(String query, String text) {
    clickOn(query);
    press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
    write(text);
  }

  private Stage editorWindow() {
    return (Stage) lookup("#packageEditor").query().getScene().getWindow();
  }

  private void saveWithCtrlS() {
    press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
  }

  @Test
  void aNewSummarySavedWithCtrlSShowsInTheTableAndTheDetail() throws TimeoutException {
    findAndChoose("Flask");
    clickOn("#editPackage");
    waitForText("#editorHeading", "Edit Flask");
    assertTrue(lookup("#editorSave").queryAs(Button.class).isDisabled(), "nothing to save yet");

    replaceText("#editSummary", "Web apps, simply");
    waitUntil(() -> "Edit Flask \u2022".equals(editorWindow().getTitle()));
    assertTrue(isShown("#editorModified"));
    saveWithCtrlS();

    waitUntilGone("#packageEditor");
    assertCellShown("#packagesTable", "Web apps, simply");
    waitForText("#detailSummary", "Web apps, simply");
    assertEquals("Web apps, simply", db().find(Package.class, "flask").getSummary());
  }

  @Test
  void aBadAddressIsExplainedAndEscapeAsksBeforeDiscarding() throws TimeoutException {
    findAndChoose("requests");
    doubleClickOnCell("#packagesTable", "requests");
    waitForText("#editorHeading", "Edit requests");

    replaceText("#editDocsUrl", "docs.python-requests.org");
    waitForText("#editorProblems", "Documentation: Not a web address: write it in full, starting with https:// or http://.");
    assertTrue(lookup("#editorSave").queryAs(Button.class).isDisabled());
    saveWithCtrlS();
    assertTrue(isShown("#packageEditor"), "Ctrl+S saves nothing invalid");

    type(KeyCode.ESCAPE);
    waitForDialogText("Discard your changes to requests?");
    clickOn("Discard changes");
    waitUntilGone("#packageEditor");
    assertEquals(null, db().find(Package.class, "requests").getDocsUrl());
  }

  @Test
  void aConflictShowsBothValuesAndKeepMineWins() throws Exception {
    findAndChoose("requests");
    clickOn("#editPackage");
    waitForText("#editorHeading", "Edit requests");
    replaceText("#editSummary", "Mine");

    // meanwhile another window saves the same field
    Package theirs = db().find(Package.class, "requests");
    new ChangeJournal(db(), () -> "other-window").perform(new SetPackageFields("requests", theirs.getVersion(),
        Map.of(PackageField.SUMMARY, theirs.getSummary()), Map.of(PackageField.SUMMARY, "Theirs")));

    saveWithCtrlS();
    waitForDialogText("requests was changed by someone else since you opened it.");
    waitForText(".conflict-mine", "Mine");
    waitForText(".conflict-theirs", "Theirs");
    clickOn("Keep mine");

    waitUntilGone("#packageEditor");
    assertCellShown("#packagesTable", "Mine");
    assertEquals("Mine", db().find(Package.class, "requests").getSummary());
  }

  @Test
  void takingTheirsAfterAConflictShowsTheirValuesInTheEditor() throws Exception {
    findAndChoose("requests");
    clickOn("#editPackage");
    waitForText("#editorHeading", "Edit requests");
    replaceText("#editSummary", "Mine");
    Package theirs = db().find(Package.class, "requests");
    new ChangeJournal(db(), () -> "other-window").perform(new SetPackageFields("requests", theirs.getVersion(),
        Map.of(PackageField.SUMMARY, theirs.getSummary()), Map.of(PackageField.SUMMARY, "Theirs")));

    saveWithCtrlS();
    waitForText(".conflict-theirs", "Theirs");
    clickOn("Take theirs");

    waitUntil(() -> "Theirs".equals(lookup("#editSummary").queryTextInputControl().getText()));
    waitForText("#editorHeading", "Edit requests");
    type(KeyCode.ESCAPE);
    waitUntilGone("#packageEditor");
    assertEquals("Theirs", db().find(Package.class, "requests").getSummary());
  }
}
