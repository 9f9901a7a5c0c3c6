package org.packdesk.ui.downloads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebean.Database;
import io.ebean.Transaction;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.packdesk.TestCatalogs;
import org.packdesk.catalog.DownloadRow;
import org.packdesk.ui.EditingFixture;
import org.packdesk.ui.browse.PagedBrowseViewModel;
import org.packdesk.ui.browse.PagedRows;
import org.testfx.framework.junit5.Start;

/** A downloads table of a few thousand rows: scrolled, sorted by a column header, narrowed, a row chosen and its client shown. */
class DownloadsPagingViewTest extends EditingFixture {

  static final int BULK = 3000;

  @Start
  void start(Stage stage) {
    openMainWindow(stage);
  }

  /** The sample, and 3,000 downloads an hour apart from 2000-01-01 (every 150th of numpy), from 10.0.x.y, and their rollup. */
  @Override
  protected void fillCatalog(Database database) {
    TestCatalogs.fillSample(database);
    try (Transaction txn = database.beginTransaction();
         PreparedStatement insert = txn.connection().prepareStatement("insert into downloads (created_date, package_id,"
             + " release_id, ip_address, user_agent, version) values (?, ?, (select id from releases where package_id = ?"
             + " and version_string = ?), ?, 'pip/1.5.6 CPython/2.7.6 Linux/3.13.0', 1)")) {
      for (int i = 0; i < BULK; i++) {
        boolean numpy = i % 150 == 0;
        insert.setTimestamp(1, Timestamp.from(Instant.parse("2000-01-01T00:00:00Z").plusSeconds(3600L * i)));
        insert.setString(2, numpy ? "numpy" : "requests");
        insert.setString(3, numpy ? "numpy" : "requests");
        insert.setString(4, numpy ? "1.14.5" : "2.18.4");
        insert.setString(5, "10.0." + i / 250 + "." + i % 250);
        insert.addBatch();
      }
      insert.executeBatch();
      // the rollup and the packages' totals, as an import keeps them (the sample's own downloads included): counts come from them
      txn.connection().createStatement().executeUpdate("insert into download_days (utc_day, package_id, release_id,"
          + " installer, python, system, downloads, version) select cast(created_date as date), package_id, release_id,"
          + " 'pip', '2.7', 'Linux', count(*), 1 from downloads group by cast(created_date as date), package_id, release_id");
      org.packdesk.catalog.DownloadRollup.rebuildFromDays(txn.connection()); // the other rollups and the totals
      txn.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void scrollingSortingNarrowingAndChoosingInABigTable() throws TimeoutException {
    clickOn("#nav-downloads");
    waitForStatus("#downloadsStatus", "3,003 downloads");
    TableView<DownloadRow> table = table("#downloadsTable");
    PagedRows<DownloadRow> rows = (PagedRows<DownloadRow>) table.getItems();

    // newest first: the sample's three of 2018, then the bulk from its last (10.0.11.249) back
    for (int at = 3; at < BULK; at += 300) {
      int row = at;
      int bulk = BULK - 1 - (row - 3);
      interact(() -> table.scrollTo(row));
      assertCellShown("#downloadsTable", "10.0." + bulk / 250 + "." + bulk % 250);
    }
    assertTrue(rows.cachedPageCount() <= PagedBrowseViewModel.CACHED_PAGES, "the page cache is bounded");

    // the package header sorts by package, oldest first within it: numpy's first download leads
    clickOnHeader("Package");
    waitUntil(() -> "10.0.0.0".equals(table.getItems().get(0).ipAddress()));
    assertEquals("numpy", table.getItems().get(0).packageName());
    // the date header: the oldest download first, then the newest
    clickOnHeader("Date");
    waitUntil(() -> "10.0.0.1".equals(table.getItems().get(1).ipAddress()));
    clickOnHeader("Date");
    waitUntil(() -> "203.0.113.2".equals(table.getItems().get(0).ipAddress()));

    // a row deep down, chosen with the mouse, shows its client and stays chosen when narrowed to its package
    interact(() -> table.scrollTo(2000));
    assertCellShown("#downloadsTable", "10.0.4.0");
    clickCell("#downloadsTable", "10.0.4.0");
    waitForText("#downloadDetailAddress", "10.0.4.0");
    assertEquals("2.7", textOf("#downloadDetailPython"));
    // the name arrives whole (as pasted): typed, a pause after "r" would search package "r", which has none
    interact(() -> lookup("#downloadsPackage").queryAs(javafx.scene.control.TextField.class).setText("requests"));
    waitForStatus("#downloadsStatus", "2,983 downloads, package requests");
    waitUntil(() -> table.getSelectionModel().getSelectedItem() != null
        && "10.0.4.0".equals(table.getSelectionModel().getSelectedItem().ipAddress()));
    waitForText("#downloadDetailAddress", "10.0.4.0");

    // narrowed to numpy the chosen download is gone: nothing is chosen any more
    interact(() -> lookup("#downloadsPackage").queryAs(javafx.scene.control.TextField.class).setText("numpy"));
    waitForStatus("#downloadsStatus", "20 downloads, package numpy");
    waitUntil(() -> table.getSelectionModel().getSelectedItem() == null);
  }

  private void clickOnHeader(String title) {
    clickOn(lookup("#downloadsTable .column-header").queryAll().stream()
        .filter(header -> header.lookup(".label") instanceof javafx.scene.control.Label label
            && title.equals(label.getText()))
        .findFirst().orElseThrow());
  }
}
