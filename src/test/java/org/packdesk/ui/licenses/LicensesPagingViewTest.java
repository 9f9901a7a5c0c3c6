package org.packdesk.ui.licenses;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ebean.Database;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.packdesk.TestCatalogs;
import org.packdesk.catalog.LicenseRow;
import org.packdesk.catalog.UsageFixture;
import org.packdesk.ui.EditingFixture;
import org.testfx.framework.junit5.Start;

/** More licenses than a page: sorted by a column header, searched, a row chosen and kept by id, its detail shown. */
class LicensesPagingViewTest extends EditingFixture {

  @Start
  void start(Stage stage) {
    openMainWindow(stage);
  }

  /** The sample, and L000 ... L249, license i used by i % 4 packages. */
  @Override
  protected void fillCatalog(Database database) {
    TestCatalogs.fillSample(database);
    UsageFixture.fill(database, 250, 120);
  }

  @Test
  void sortingSearchingAndChoosingALicense() throws TimeoutException {
    clickOn("#nav-licenses");
    waitForStatus("#licensesStatus", "252 licenses");
    TableView<LicenseRow> table = table("#licensesTable");
    // most used first: of the licenses used by 3 packages, ties in the same (descending) direction
    waitUntil(() -> "L247".equals(table.getItems().get(0).id()) && "L243".equals(table.getItems().get(1).id()));
    assertEquals(3, table.getItems().get(0).packages());

    // one click on the descending default's header reverses it (it used to hide the arrow, rows unchanged)
    clickHeader("#licensesTable", "Packages");
    waitUntil(() -> "L000".equals(table.getItems().get(0).id()));
    assertEquals(0, table.getItems().get(0).packages(), "least used first");
    assertEquals(TableColumn.SortType.ASCENDING, table.getSortOrder().get(0).getSortType(), "its arrow shows it");
    clickHeader("#licensesTable", "Packages");
    waitUntil(() -> "L247".equals(table.getItems().get(0).id()));

    clickHeader("#licensesTable", "License");
    waitUntil(() -> "Apache-2.0".equals(table.getItems().get(0).id()));
    interact(() -> table.scrollTo(200)); // on the third page
    assertCellShown("#licensesTable", "L198");
    clickHeader("#licensesTable", "License");
    waitUntil(() -> "L249".equals(table.getItems().get(0).id()));
    clickHeader("#licensesTable", "License"); // a third click turns it over again, as the second did
    waitUntil(() -> "Apache-2.0".equals(table.getItems().get(0).id()));
    assertEquals(List.of("License"), table.getSortOrder().stream().map(TableColumn::getText).toList());

    clickHeader("#licensesTable", "Packages");
    waitUntil(() -> "L000".equals(table.getItems().get(0).id()));
    clickHeader("#licensesTable", "Packages");
    waitUntil(() -> "L247".equals(table.getItems().get(0).id()));

    clickOn("#licensesSearch").write("l12");
    waitForStatus("#licensesStatus", "10 licenses matching \u201cl12\u201d");
    waitForRows("#licensesTable", LicenseRow::id,
        List.of("L127", "L123", "L126", "L122", "L129", "L125", "L121", "L128", "L124", "L120"));
    clickCell("#licensesTable", "L123");
    waitForText("#licenseDetailName", "L123");
    waitForText("#licenseDetailCount", "Used by 3 packages");

    // the search cleared, the chosen license stays chosen wherever it now stands
    clickOn("#licensesSearch").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
        .type(KeyCode.BACK_SPACE);
    waitForStatus("#licensesStatus", "252 licenses");
    waitUntil(() -> table.getSelectionModel().getSelectedItem() != null
        && "L123".equals(table.getSelectionModel().getSelectedItem().id()));
    assertCellShown("#licensesTable", "L123");
    waitForText("#licenseDetailName", "L123");
  }
}
