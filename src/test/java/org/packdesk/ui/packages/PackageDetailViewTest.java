package org.packdesk.ui.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.packdesk.catalog.PackageDetail.ReleaseLine;
import org.packdesk.catalog.PackageRow;
import org.packdesk.catalog.ReleaseFileLine;
import org.packdesk.model.Package;
import org.packdesk.model.Release;
import org.packdesk.model.query.QRelease;
import org.testfx.framework.junit5.Start;

/** A curator looks at a package's detail, yanks a release and deletes a package. */
class PackageDetailViewTest extends PackageDetailFixture {

  @Start
  void start(Stage stage) {
    openMainWindow(stage);
  }

  @Test
  void choosingAPackageShowsItsDetailWithReleasesNewestFirst() throws TimeoutException {
    clickOn("#nav-packages");
    waitForText("#detailPlaceholder", "Select a package to see its details, releases and files.");

    findAndChoose("requests");

    waitForText("#detailSummary", "Python HTTP for Humans.");
    waitForText("#detailVersion", "2.18.4");
    waitForText("#detailAuthor", "Kenneth Reitz");
    waitForText("#detailAuthorEmail", "me@kennethreitz.com");
    waitForText("#detailLicense", "Apache-2.0");
    waitForText("#detailMaintainers", "Kenneth Reitz (owner)");
    waitForText("#detailLanguages", "Python :: 3, Python :: 3.6");
    waitForText("#detailDownloads", "3 downloads of 1 release");
    waitForText("#detailRequiresPython", "\u2014");
    assertFalse(isShown("#detailLifecycle"), "an active package has no lifecycle badge");

    clickOn("#releasesTab");
    waitForRows("#packageReleases", ReleaseLine::version, List.of("2.18.4", "2.18.4rc1", "0.2.0"));
    assertCellShown("#packageReleases", "Yanked: Broken packaging");
    waitForText("#detailReleasesStatus", "3 releases \u00b7 1 yanked");
    waitForFiles(List.of("requests-2.18.4.tar.gz"));
    waitForText("#detailFilesTitle", "Files of 2.18.4");

    clickOnCell("#packageReleases", "0.2.0");
    waitForFiles(List.of("requests-0.2.0.tar.gz"));
    assertTrue(lookup("#yankRelease").queryAs(Button.class).isDisabled(), "a yanked release cannot be yanked again");
    assertFalse(lookup("#unyankRelease").queryAs(Button.class).isDisabled());
  }

  private void waitForFiles(List<String> names) throws TimeoutException {
    ListView<ReleaseFileLine> files = lookup("#releaseFiles").queryListView();
    try {
      waitUntil(() -> files.getItems().stream().map(ReleaseFileLine::filename).toList().equals(names));
    } catch (TimeoutException e) {
      throw new AssertionError("Expected files " + names + " but saw " + files.getItems(), e);
    }
  }

  @Test
  void yankingAReleaseAsksWhyAndMarksIt() throws TimeoutException {
    findAndChoose("requests");
    clickOn("#releasesTab");
    clickOnCell("#packageReleases", "2.18.4rc1");
    clickOn("#yankRelease");

    waitForDialogText("Yank requests 2.18.4rc1?");
    assertTrue(lookup("Yank release").queryButton().isDisabled(), "a reason is required");
    clickOn("#dialogTextInput").write("Broken wheel");
    clickOn("Yank release");

    assertCellShown("#packageReleases", "Yanked: Broken wheel");
    waitForText("#detailYankedNote", "Yanked: Broken wheel");
    waitForText("#detailReleasesStatus", "3 releases \u00b7 2 yanked");
    Release yanked = new QRelease(context.catalog().database()).versionString.eq("2.18.4rc1").findOne();
    assertTrue(yanked.isYanked());
    assertEquals("Broken wheel", yanked.getYankedReason());

    clickOn("#unyankRelease");
    waitForText("#detailReleasesStatus", "3 releases \u00b7 1 yanked");
    assertFalse(new QRelease(context.catalog().database()).versionString.eq("2.18.4rc1").findOne().isYanked());
  }

  @Test
  void deletingAPackageSaysWhatGoesWithItFirst() throws TimeoutException {
    clickOn("#nav-packages");
    waitForRows("#packagesTable", PackageRow::name, List.of("Flask", "numpy", "requests"));
    clickOnCell("#packagesTable", "requests");
    waitForText("#detailName", "requests");

    clickOn("#deletePackage");
    waitForDialogText("This also deletes 3 releases, 3 files, 3 downloads and 1 maintainer role. This cannot be undone.");
    clickOn("Cancel");
    waitForRows("#packagesTable", PackageRow::name, List.of("Flask", "numpy", "requests"));

    clickOn("#deletePackage");
    waitForDialogText("Delete requests?");
    clickOn("Delete requests");

    waitForRows("#packagesTable", PackageRow::name, List.of("Flask", "numpy"));
    waitForText("#detailPlaceholder", "requests is no longer among the packages listed: it was deleted, or the search or"
        + " the filters leave it out.");
    assertTrue(isShown("#detailPlaceholder"));
    assertEquals(null, context.catalog().database().find(Package.class, "requests"));
  }
}
