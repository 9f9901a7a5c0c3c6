package org.packdesk.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.packdesk.catalog.DownloadRow;
import org.packdesk.catalog.LanguageRow;
import org.packdesk.catalog.ReleaseRow;
import org.packdesk.ui.MainWindowFixture;
import org.testfx.framework.junit5.Start;

class MainViewTest extends MainWindowFixture {

  @Start
  void start(Stage stage) {
    openMainWindow(stage);
  }

  @Test
  void navigationListsTheBrowseSectionsInOrder() {
    List<String> buttons = lookup(".nav > .nav-button").queryAllAs(ToggleButton.class).stream()
        .sorted((a, b) -> Double.compare(a.localToScene(0, 0).getY(), b.localToScene(0, 0).getY()))
        .map(Node::getId).toList();
    assertEquals(List.of("nav-dashboard", "nav-packages", "nav-releases", "nav-users", "nav-licenses",
        "nav-languages", "nav-downloads", "nav-reports", "nav-journal"), buttons);
  }

  @Test
  void ctrlQClosesTheWindow() throws TimeoutException {
    clickOn("#nav-packages");
    press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
    waitUntil(() -> !stage.isShowing());
  }

  @Test
  void releasesShowNewestFirstWithTheYankedOneMarked() throws TimeoutException {
    clickOn("#nav-releases");
    waitForRows("#releasesTable", ReleaseRow::version, List.of("1.14.5", "1.0.2", "2.18.4", "2.18.4rc1", "0.2.0"));
    assertCellShown("#releasesTable", "Yanked: Broken packaging");
    assertCellShown("#releasesTable", "2018-05-02");

    clickOn("#releasesSearch").write("rc1");
    waitForStatus("#releasesStatus", "1 release matching \u201crc1\u201d");
    waitForRows("#releasesTable", ReleaseRow::version, List.of("2.18.4rc1"));
  }

  @Test
  void languagesAndDownloadsShowTheirRows() throws TimeoutException {
    clickOn("#nav-languages");
    // both declared by 2 packages: most declared first, ties by name in the same (descending) direction
    waitForRows("#languagesTable", LanguageRow::name, List.of("Python :: 3.6", "Python :: 3"));
    assertCellShown("#languagesTable", "Python :: 3");

    clickOn("#nav-downloads");
    waitForRows("#downloadsTable", DownloadRow::ipAddress, List.of("203.0.113.2", "203.0.113.1", "203.0.113.0"));
    clickOn("#downloadsSearch").write("113.1");
    waitForStatus("#downloadsStatus", "1 download matching \u201c113.1\u201d");
    waitForRows("#downloadsTable", DownloadRow::ipAddress, List.of("203.0.113.1"));
  }
}
