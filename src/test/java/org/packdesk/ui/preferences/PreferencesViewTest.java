package org.packdesk.ui.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.packdesk.TestCatalogs;
import org.packdesk.app.Preferences.Theme;
import org.packdesk.catalog.AuditFilter;
import org.packdesk.ui.MainWindowFixture;
import org.testfx.framework.junit5.Start;

/** The curator sets their name and the theme, as they would from the sidebar or Ctrl+,. */
class PreferencesViewTest extends MainWindowFixture {

  @Start
  void start(Stage stage) {
    openMainWindow(stage);
  }

  private void waitUntilClosed() throws TimeoutException {
    waitUntil(() -> lookup("#prefsSave").tryQuery().isEmpty());
  }

  private String theme() throws Exception {
    return org.testfx.util.WaitForAsyncUtils.asyncFx(Application::getUserAgentStylesheet).get();
  }

  @Test
  void theCuratorNameSavedIsTheNextJournalEntrysName() throws Exception {
    clickOn("#preferencesButton");
    clickOn("#prefsCurator").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
    press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
    assertTrue(lookup("#prefsSave").queryButton().isDisabled(), "no blank name");
    assertEquals("Give the name the journal records your changes under.",
        lookup("#prefsCuratorError").queryAs(Label.class).getText());
    write("Ann Curator");
    clickOn("#prefsSave");
    waitUntilClosed();

    assertEquals("Ann Curator", context.preferences().current().curatorName());
    assertTrue(Files.readString(context.preferences().file()).contains("curator.name=Ann Curator"));
    context.journal().perform(TestCatalogs.summaryEdit(context.catalog().database(), "numpy", "Arrays for Python"));
    assertEquals("Ann Curator", context.auditQueries().search(AuditFilter.ALL, 1).get(0).curator());
  }

  @Test
  void darkIsAppliedAtOnceAndKept() throws Exception {
    clickOn("#nav-packages");
    press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
    clickOn("#prefsDark");
    assertEquals(new PrimerDark().getUserAgentStylesheet(), theme());
    clickOn("#prefsSave");
    waitUntilClosed();

    assertEquals(new PrimerDark().getUserAgentStylesheet(), theme());
    assertEquals(Theme.DARK, context.preferences().load().theme(), "written to the file");
  }

  @Test
  void cancelPutsTheThemeBack() throws Exception {
    clickOn("#preferencesButton");
    clickOn("#prefsDark");
    assertEquals(new PrimerDark().getUserAgentStylesheet(), theme());
    clickOn("Cancel");
    waitUntilClosed();

    assertEquals(new PrimerLight().getUserAgentStylesheet(), theme());
    assertTrue(Files.notExists(context.preferences().file()), "nothing saved");
  }
}
