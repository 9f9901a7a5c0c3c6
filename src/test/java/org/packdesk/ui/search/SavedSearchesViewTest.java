package org.packdesk.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.packdesk.catalog.PackageRow;
import org.packdesk.ui.MainWindowFixture;
import org.testfx.framework.junit5.Start;

/** A curator saves a query, finds it in the navigation with its count, and opens it from there. */
class SavedSearchesViewTest extends MainWindowFixture {

  @Start
  void start(Stage stage) {
    openMainWindow(stage);
  }

  @Test
  void aSavedSearchShowsInTheNavigationAndOpensPackagesOnItsQuery() throws TimeoutException {
    clickOn("#nav-packages");
    clickOn("#packagesSearch").write("license:BSD-3-Clause");
    waitForRows("#packagesTable", PackageRow::name, List.of("Flask", "numpy"));

    clickOn("#packagesSaveSearch");
    clickOn("#dialogTextInput").write("BSD packages");
    clickOn("Save");

    waitUntil(() -> group("BSD packages  \u00b7  2") != null);
    clickOn("#nav-dashboard");
    clickOn(group("BSD packages  \u00b7  2"));

    waitForRows("#packagesTable", PackageRow::name, List.of("Flask", "numpy"));
    assertEquals("license:BSD-3-Clause", lookup("#packagesSearch").queryAs(TextField.class).getText());
  }

  private Button group(String text) {
    return lookup("#savedSearches .button").queryAllAs(Button.class).stream()
        .filter(b -> text.equals(b.getText())).findFirst().orElse(null);
  }
}
