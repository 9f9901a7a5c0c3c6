package org.packdesk.ui.downloads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.packdesk.catalog.DownloadRow;
import org.packdesk.importer.DownloadLogSamples;
import org.packdesk.model.query.QDownload;
import org.packdesk.ui.EditingFixture;
import org.testfx.framework.junit5.Start;

/** A curator imports a download log from the Downloads section, narrows the table and reads a download's client. */
class DownloadsViewTest extends EditingFixture {

  @Start
  void start(Stage stage) {
    openMainWindow(stage);
  }

  private void importLog(String button, boolean anonymise) throws Exception {
    Path log = DownloadLogSamples.write(dir, "access.log", DownloadLogSamples.ACCESS_LOG);
    clickOn(button);
    waitUntil(() -> lookup("#downloadImportPath").tryQuery().isPresent());
    clickOn("#downloadImportPath").write(log.toString()).type(KeyCode.ENTER);
    if (!anonymise) {
      clickOn("#downloadImportAnonymize");
    }
    clickOn("#downloadImportStart");
    waitForText("#downloadImportResultTitle", "Imported 6 downloads from 13 lines.");
    ListView<String> details = lookup("#downloadImportDetails").queryListView();
    assertTrue(details.getItems().stream().anyMatch(line -> line.startsWith("Skipped, ")), details.getItems().toString());
    clickOn("#downloadImportClose");
  }

  private void choose(String combo, String value) throws TimeoutException {
    clickOn(combo);
    waitUntil(() -> lookup(".combo-box-popup .list-cell").match(cell -> value.equals(((Labeled) cell).getText()))
        .tryQuery().isPresent());
    clickOn(lookup(".combo-box-popup .list-cell").match(cell -> value.equals(((Labeled) cell).getText())).<Node>query());
  }

  @Test
  void importedDownloadsAreNarrowedByClientAndPackageAndShowTheirClient() throws Exception {
    clickOn("#nav-downloads");
    waitForStatus("#downloadsStatus", "3 downloads");
    importLog("#importDownloadsButton", false);
    waitForStatus("#downloadsStatus", "9 downloads");

    choose("#downloadsInstaller", "pip");
    waitForStatus("#downloadsStatus", "7 downloads, by pip");
    clickOn("#downloadsPackage").write("numpy");
    waitForStatus("#downloadsStatus", "1 download, package numpy, by pip");
    waitForRows("#downloadsTable", DownloadRow::ipAddress, List.of("198.51.100.9"));

    TableView<DownloadRow> table = table("#downloadsTable");
    // the package filter's last search may still replace the rows as the click lands (the cell is
    // empty for that instant, so the click chooses nothing): a curator clicks again, and so does this
    for (int attempt = 0; attempt < 3 && !chosen(table, "198.51.100.9"); attempt++) {
      clickCell("#downloadsTable", "198.51.100.9");
      org.testfx.util.WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
    }
    waitUntil(() -> chosen(table, "198.51.100.9"));
    waitForText("#downloadDetailInstaller", "pip 1.5.6");
    assertEquals("numpy", lookup("#downloadDetailPackage").queryLabeled().getText());
    assertEquals("1.14.5", textOf("#downloadDetailRelease"));
    assertEquals("numpy-1.14.5.tar.gz", textOf("#downloadDetailFile"));
    assertEquals("2.7", textOf("#downloadDetailPython"));
    assertEquals("CPython", textOf("#downloadDetailImplementation"));
    assertEquals("Linux", textOf("#downloadDetailSystem"));
    assertEquals("not told", textOf("#downloadDetailDistro"));

    clickOn("#downloadsResetFilters");
    waitForStatus("#downloadsStatus", "9 downloads");
    clickOn("#downloadDetailPackage");
    waitForText("#detailName", "numpy");
  }

  @Test
  void theSidebarOffersTheImportTooAndAddressesAreAnonymisedByDefault() throws Exception {
    importLog("#importDownloadsNavButton", true);

    waitUntil(() -> new QDownload(context.catalog().database()).findCount() == 9);
    assertTrue(new QDownload(context.catalog().database()).ipAddress.eq("203.0.113.9").findList().isEmpty());
    assertEquals(3, new QDownload(context.catalog().database()).ipAddress.eq("203.0.113.0").findCount(),
        "the sample's own download, and the log's 203.0.113.9 and .10 cut to their /24");
  }

  private static boolean chosen(TableView<DownloadRow> table, String address) {
    DownloadRow row = table.getSelectionModel().getSelectedItem();
    return row != null && address.equals(row.ipAddress());
  }
}
