package org.packdesk.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeoutException;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.packdesk.ui.MainWindowFixture;
import org.testfx.framework.junit5.Start;

/** The dashboard as a curator opens the app on a filled catalog. */
class DashboardViewTest extends MainWindowFixture {

  @Start
  void start(Stage stage) {
    openMainWindow(stage);
  }

  @Test
  void countsListsAndLinksToPackages() throws TimeoutException {
    waitUntil(() -> "3".equals(lookup("#countPackages").queryAs(Label.class).getText()));
    assertEquals("5", lookup("#countReleases").queryAs(Label.class).getText());
    // largest packages: requests (6 kB in 3 releases) first
    waitUntil(() -> lookup("#largestPackages .hyperlink").queryAllAs(Hyperlink.class).stream()
        .anyMatch(link -> link.getText().equals("requests")));

    Hyperlink flask = lookup("#latestReleases .hyperlink").match((Hyperlink link) -> link.getText().equals("Flask"))
        .queryAs(Hyperlink.class);
    clickOn(flask);

    waitUntil(() -> lookup("#detailName").tryQueryAs(Label.class).map(Label::getText).orElse("").equals("Flask"));
  }

  /** Each month's bar fills most of its column: JavaFX's default gaps drew 24 months as hairlines. */
  @Test
  void releasesPerMonthAreDrawnAsBarsNotLines() throws TimeoutException {
    BarChart<?, ?> chart = lookup("#perMonthChart").queryAs(BarChart.class);
    waitUntil(() -> !chart.getData().isEmpty() && chart.getData().get(0).getData().size() == 24
        && chart.getData().get(0).getData().stream().allMatch(d -> d.getNode() != null));
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    double column = chart.getXAxis().getWidth() / 24;
    for (XYChart.Data<?, ?> month : chart.getData().get(0).getData()) {
      double bar = month.getNode().getBoundsInParent().getWidth();
      assertTrue(bar >= 0.7 * column, "a bar " + bar + " wide in a column of " + column);
    }
    java.util.List<String> ticks = chart.getYAxis().getChildrenUnmodifiable().stream()
        .filter(node -> node instanceof javafx.scene.text.Text && node.isVisible())
        .map(node -> ((javafx.scene.text.Text) node).getText()).toList();
    assertTrue(!ticks.isEmpty() && ticks.stream().allMatch(tick -> tick.matches("[0-9,]+")),
        "whole numbers of releases on the axis (a month of one or two releases was ticked 0.25, 0.5…): " + ticks);
  }

  /** A PyPI-sized count (50 million downloads) widens its card instead of showing "50,000,...". */
  @Test
  void aLongCountIsShownWhole() throws TimeoutException {
    waitUntil(() -> "3".equals(lookup("#countPackages").queryAs(Label.class).getText()));
    Label downloads = lookup("#countDownloads").queryAs(Label.class);
    interact(() -> downloads.textProperty().unbind());
    interact(() -> downloads.setText("50,000,000"));
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    assertTrue(downloads.getWidth() >= downloads.prefWidth(-1) - 0.5,
        "the label is " + downloads.getWidth() + " wide, its text needs " + downloads.prefWidth(-1));
    Label packages = lookup("#countPackages").queryAs(Label.class);
    assertTrue(packages.getWidth() >= packages.prefWidth(-1) - 0.5, "the other cards keep their counts whole too");
  }
}
