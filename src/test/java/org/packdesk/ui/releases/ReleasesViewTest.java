package org.packdesk.ui.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.packdesk.catalog.ReleaseFileLine;
import org.packdesk.catalog.ReleaseRow;
import org.packdesk.importer.DownloadLogSamples;
import org.packdesk.model.query.QRelease;
import org.packdesk.ui.EditingFixture;
import org.testfx.framework.junit5.Start;

/** A curator looks at a release beside the releases table, yanks it, and opens its package. */
class ReleasesViewTest extends EditingFixture {

  @Start
  void start(Stage stage) throws Exception {
    openMainWindow(stage);
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    // two downloads of requests 2.18.4 today and one a year ago, after the sample's three in 2018
    DownloadLogSamples.importLog(context.catalog().database(), dir, String.join("\n",
        DownloadLogSamples.accessLine("203.0.113.1", now.minus(1, ChronoUnit.HOURS), "requests-2.18.4.tar.gz"),
        DownloadLogSamples.accessLine("203.0.113.2", now.minus(2, ChronoUnit.HOURS), "requests-2.18.4.tar.gz"),
        DownloadLogSamples.accessLine("203.0.113.3", now.minus(365, ChronoUnit.DAYS), "requests-2.18.4.tar.gz"), ""));
    context.catalogChanged();
  }

  @Test
  void aChosenReleaseShowsItsFactsFilesAndDownloads() throws TimeoutException {
    clickOn("#nav-releases");
    waitForRows("#releasesTable", ReleaseRow::version, List.of("1.14.5", "1.0.2", "2.18.4", "2.18.4rc1", "0.2.0"));
    assertEquals(6L, table("#releasesTable").getItems().stream().map(r -> (ReleaseRow) r)
        .filter(r -> r.version().equals("2.18.4")).findFirst().orElseThrow().downloads());

    clickCell("#releasesTable", "2.18.4");

    waitForText("#releaseDetailPackage", "requests");
    waitForText("#releaseDetailVersion", "2.18.4");
    assertEquals("PEP 440", textOf("#releaseDetailScheme"));
    assertEquals("6 in all \u00b7 2 in the last 30 days", textOf("#releaseDetailDownloads"));
    assertEquals("Not yanked", textOf("#releaseDetailStatus"));
    assertEquals("1 file", textOf("#releaseDetailFilesTitle"));
    ListView<ReleaseFileLine> files = lookup("#releaseDetailFiles").queryListView();
    assertEquals(List.of("requests-2.18.4.tar.gz"), files.getItems().stream().map(ReleaseFileLine::filename).toList());
    waitUntil(() -> lookup("#releaseDetailFiles .file-facts").tryQuery().isPresent());
    assertTrue(lookup("#releaseDetailFiles .file-facts").queryLabeled().getText()
        .startsWith("sdist \u00b7 source \u00b7 1.0 kB \u00b7 SHA-256 aaaaaaaa"));

    clickOn("#releaseDetailFiles .copy-digest");
    waitUntil(() -> "a".repeat(64).equals(Clipboard.getSystemClipboard().getString()));
  }

  @Test
  void aReleaseIsYankedWithAReasonAndUnyankedFromItsDetail() throws TimeoutException {
    clickOn("#nav-releases");
    clickCell("#releasesTable", "2.18.4rc1");
    waitForText("#releaseDetailVersion", "2.18.4rc1");
    assertFalse(lookup("#releaseYankButton").queryAs(Button.class).isDisabled());
    assertTrue(lookup("#releaseUnyankButton").queryAs(Button.class).isDisabled());

    clickOn("#releaseYankButton");
    assertTrue(lookup("Yank release").queryButton().isDisabled(), "a reason is required");
    clickOn("#dialogTextInput").write("Broken wheel");
    clickOn("Yank release");

    waitForText("#releaseDetailStatus", "Yanked: Broken wheel");
    waitForText("#releaseDetailYanked", "Yanked: Broken wheel");
    assertCellShown("#releasesTable", "Yanked: Broken wheel");
    assertTrue(new QRelease(context.catalog().database()).versionString.eq("2.18.4rc1").findOne().isYanked());
    assertTrue(lookup("#releaseYankButton").queryAs(Button.class).isDisabled());

    clickOn("#releaseUnyankButton");
    waitForText("#releaseDetailStatus", "Not yanked");
    assertFalse(new QRelease(context.catalog().database()).versionString.eq("2.18.4rc1").findOne().isYanked());
  }

  @Test
  void thePackageLinkOpensThePackage() throws TimeoutException {
    clickOn("#nav-releases");
    clickCell("#releasesTable", "1.0.2");
    waitForText("#releaseDetailPackage", "Flask");

    clickOn("#releaseDetailPackage");

    waitForText("#detailName", "Flask");
  }
}
