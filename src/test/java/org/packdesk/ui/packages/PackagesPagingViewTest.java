package org.packdesk.ui.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebean.Database;
import io.ebean.Transaction;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.packdesk.TestCatalogs;
import org.packdesk.catalog.PackageRow;
import org.packdesk.ui.browse.PagedBrowseViewModel;
import org.packdesk.ui.browse.PagedRows;
import org.testfx.framework.junit5.Start;

/** A packages table of a few thousand rows: scrolled, sorted by a column header, a row chosen and its detail shown. */
class PackagesPagingViewTest extends PackageDetailFixture {

  static final int BULK = 3000;

  @Start
  void start(Stage stage) {
    openMainWindow(stage);
  }

  /** The sample, and bulk-00000 ... bulk-02999 updated a day apart from 2000-01-01 (before the sample's 2018). */
  @Override
  protected void fillCatalog(Database database) {
    TestCatalogs.fillSample(database);
    try (Transaction txn = database.beginTransaction();
         PreparedStatement insert = txn.connection().prepareStatement("insert into packages (id, name, summary,"
             + " last_updated, lifecycle, version) values (?, ?, 'bulk', ?, 'active', 1)")) {
      for (int i = 0; i < BULK; i++) {
        String name = String.format("bulk-%05d", i);
        insert.setString(1, name);
        insert.setString(2, name);
        insert.setTimestamp(3, Timestamp.from(Instant.parse("2000-01-01T00:00:00Z").plusSeconds(86_400L * i)));
        insert.addBatch();
      }
      insert.executeBatch(); // no releases, maintainers or downloads: their totals stay 0
      txn.commit();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void scrollingSortingAndChoosingInABigTable() throws TimeoutException {
    clickOn("#nav-packages");
    waitForStatus("#packagesStatus", "3,003 packages");
    TableView<PackageRow> table = table("#packagesTable");
    PagedRows<PackageRow> rows = (PagedRows<PackageRow>) table.getItems();

    // scrolling far reads the pages shown, and only a bounded number stays in memory
    for (int at = 0; at < BULK; at += 250) {
      int row = at;
      interact(() -> table.scrollTo(row));
      assertCellShown("#packagesTable", String.format("bulk-%05d", Math.max(0, row - 1)));
    }
    assertTrue(rows.cachedPageCount() <= PagedBrowseViewModel.CACHED_PAGES, "the page cache is bounded");

    // one click on "Last updated" sorts the oldest first; a second, the newest first
    clickOnHeader("Last updated");
    waitUntil(() -> "bulk-00000".equals(table.getItems().get(0).name()));
    clickOnHeader("Last updated");
    waitUntil(() -> "requests".equals(table.getItems().get(0).name()));

    clickOnCell("#packagesTable", "requests");
    waitForText("#detailName", "requests");

    // sorted by name, the chosen package stays chosen (kept by id): the detail still shows it
    clickOnHeader("Name");
    waitUntil(() -> "Flask".equals(table.getItems().get(0).name()));
    waitForText("#detailName", "requests");

    // a row deep down, chosen with the mouse, shows its own detail
    interact(() -> table.scrollTo(2000));
    assertCellShown("#packagesTable", "bulk-02000");
    clickOnCell("#packagesTable", "bulk-02000");
    waitForText("#detailName", "bulk-02000");
  }

  private void clickOnHeader(String title) {
    clickOn(lookup("#packagesTable .column-header").queryAll().stream()
        .filter(header -> header.lookup(".label") instanceof javafx.scene.control.Label label
            && title.equals(label.getText()))
        .findFirst().orElseThrow());
  }
}
