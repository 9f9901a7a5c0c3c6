package org.packdesk.ui.packages;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.packdesk.catalog.PackageRow;
import org.packdesk.ui.MainWindowFixture;
import org.testfx.framework.junit5.Start;

class PackagesViewTest extends MainWindowFixture {

  @Start
  void start(Stage stage) {
    openMainWindow(stage);
  }

  @Test
  void typingFlaShowsOnlyFlask() throws TimeoutException {
    clickOn("#nav-packages");
    waitForRows("#packagesTable", PackageRow::name, List.of("Flask", "numpy", "requests"));

    clickOn("#packagesSearch").write("fla");

    waitForStatus("#packagesStatus", "1 package matching \u201cfla\u201d");
    waitForRows("#packagesTable", PackageRow::name, List.of("Flask"));
    assertCellShown("#packagesTable", "Flask");
    assertCellShown("#packagesTable", "BSD-3-Clause");
  }

  @Test
  void escapeClearsTheSearchAndEveryPackageReturns() throws TimeoutException {
    clickOn("#nav-packages");
    clickOn("#packagesSearch").write("numpy");
    waitForStatus("#packagesStatus", "1 package matching \u201cnumpy\u201d");

    type(KeyCode.ESCAPE);

    waitForStatus("#packagesStatus", "3 packages");
    waitForRows("#packagesTable", PackageRow::name, List.of("Flask", "numpy", "requests"));
  }

  @Test
  void aSearchWithoutMatchSaysSo() throws TimeoutException {
    clickOn("#nav-packages");
    clickOn("#packagesSearch").write("zzz");
    waitForStatus("#packagesStatus", "0 packages matching \u201czzz\u201d");
    waitUntil(() -> lookup("#packagesTable .table-placeholder").queryAs(Label.class).getText()
        .equals("No package matches \u201czzz\u201d."));
  }

  @Test
  void filtersNarrowTheTableAndResetBringsEverythingBack() throws TimeoutException {
    clickOn("#nav-packages");
    waitForRows("#packagesTable", PackageRow::name, List.of("Flask", "numpy", "requests"));

    javafx.scene.control.ComboBox<?> license = lookup("#packagesLicense").queryAs(javafx.scene.control.ComboBox.class);
    waitUntil(() -> license.getItems().contains("BSD-3-Clause"));
    clickOn(license);
    clickOn(lookup(".combo-box-popup .list-cell").match(
        (javafx.scene.control.ListCell<?> cell) -> "BSD-3-Clause".equals(cell.getText())).queryAs(javafx.scene.Node.class));
    waitForRows("#packagesTable", PackageRow::name, List.of("Flask", "numpy"));
    waitForStatus("#packagesStatus", "2 packages, licensed BSD-3-Clause");

    clickOn("#packagesYanked");
    waitForRows("#packagesTable", PackageRow::name, List.of());
    clickOn("#packagesYanked");

    clickOn("#packagesMaintainer").write("me@kennethreitz.com").type(KeyCode.ENTER);
    waitForRows("#packagesTable", PackageRow::name, List.of("Flask"));

    clickOn("#packagesResetFilters");
    waitForRows("#packagesTable", PackageRow::name, List.of("Flask", "numpy", "requests"));
  }
}
