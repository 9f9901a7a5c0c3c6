package org.packdesk.ui.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.packdesk.catalog.PackageRow;
import org.packdesk.ui.MainWindowFixture;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class PackagesViewTest extends MainWindowFixture {

  @Start
  void start(Stage stage) {
    openMainWindow(stage);
  }

  @Test
  void typingFlaShowsOnlyFlask() throws TimeoutException {
    clickOn("#nav-packages");
    waitForRows("#packagesTable", PackageRow::name, List.of("Flask", "numpy", "requests"));

    clickOn("#packagesSearch").write("fla*");

    waitForStatus("#packagesStatus", "1 package matching \u201cfla*\u201d");
    waitForRows("#packagesTable", PackageRow::name, List.of("Flask"));
    assertCellShown("#packagesTable", "Flask");
    assertCellShown("#packagesTable", "BSD-3-Clause");
  }

  /**
   * At the window's default size the name keeps its room: the numbers' columns and the summary
   * give way first (the name column had shrunk to 105 px, cutting "beautifulsoup4" and
   * "awscli-cwlogs" beside a half-empty Maintainers column).
   */
  @Test
  void theNameColumnKeepsRoomForAPackagesNameAtTheDefaultWindowSize() throws TimeoutException {
    clickOn("#nav-packages");
    waitForRows("#packagesTable", PackageRow::name, List.of("Flask", "numpy", "requests"));
    TableView<?> table = lookup("#packagesTable").queryAs(TableView.class);
    TableColumn<?, ?> name = table.getColumns().get(0);
    assertEquals("Name", name.getText());
    assertTrue(name.getWidth() >= 150, "name column " + name.getWidth() + " px wide");
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
  void theGrammarNarrowsTheTableAndAMalformedQuerySaysWhere() throws Exception {
    clickOn("#nav-packages");
    waitForRows("#packagesTable", PackageRow::name, List.of("Flask", "numpy", "requests"));

    clickOn("#packagesSearch").write("license:BSD-3-Clause -maintainer:kenneth");
    javafx.scene.control.TextField field = lookup("#packagesSearch").queryAs(javafx.scene.control.TextField.class);
    assertEquals("license:BSD-3-Clause -maintainer:kenneth", field.getText());
    waitForRows("#packagesTable", PackageRow::name, List.of("numpy"));
    // no row for the error while there is none: the table starts right under the search field
    double tableTop = WaitForAsyncUtils.asyncFx(() -> top("#packagesTable")).get();
    assertEquals(WaitForAsyncUtils.asyncFx(() -> top("#packagesSearch")).get(),
        WaitForAsyncUtils.asyncFx(() -> top("#packagesSaveSearch")).get(), 8, "Save search sits beside the search field");

    // pasted in one go: typed slowly (a loaded machine), "released" alone would be searched on the way
    clickOn("#packagesSearch");
    interact(() -> {
      field.end();
      field.replaceSelection(" released:>");
    });
    Label error = lookup("#packagesQueryError").queryAs(Label.class);
    waitUntil(() -> error.isVisible()
        && error.getText().equals("Expected a value after 'released:>' at column 52"));
    waitForRows("#packagesTable", PackageRow::name, List.of("numpy"));
    waitUntil(() -> top("#packagesTable") > tableTop + 10); // the error gets a row of its own

    write("2018-06-01");
    waitUntil(() -> !error.isVisible());
    waitForRows("#packagesTable", PackageRow::name, List.of("numpy"));
    waitUntil(() -> Math.abs(top("#packagesTable") - tableTop) < 0.5);
  }

  /** Where the node's top is in the scene; read on the FX thread. */
  private double top(String query) {
    javafx.scene.Node node = lookup(query).query();
    return node.localToScene(node.getBoundsInLocal()).getMinY();
  }

  @Test
  void facetsCountTheResultAndAClickNarrowsIt() throws TimeoutException {
    clickOn("#nav-packages");
    waitForRows("#packagesTable", PackageRow::name, List.of("Flask", "numpy", "requests"));
    waitUntil(() -> facetLink("license:BSD-3-Clause") != null);
    javafx.scene.layout.HBox row = (javafx.scene.layout.HBox) facetLink("license:BSD-3-Clause").getParent();
    assertEquals("2", ((Label) row.getChildren().get(2)).getText());

    clickOn(facetLink("license:BSD-3-Clause"));

    waitForRows("#packagesTable", PackageRow::name, List.of("Flask", "numpy"));
    assertEquals("license:BSD-3-Clause", lookup("#packagesSearch").queryAs(javafx.scene.control.TextField.class).getText());
    waitUntil(() -> facetLink("license:Apache-2.0") == null);
  }

  private javafx.scene.control.Hyperlink facetLink(String term) {
    return lookup("#packagesFacets .facet-value").queryAllAs(javafx.scene.control.Hyperlink.class).stream()
        .filter(link -> term.equals(link.getUserData())).findFirst().orElse(null);
  }
}
