package org.packdesk.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.packdesk.app.LayoutStore;
import org.packdesk.ui.EditingFixture;
import org.packdesk.ui.common.LayoutMemory;
import org.testfx.framework.junit5.Start;

/** The dividers of each section, and the window itself, open where the curator left them. */
class LayoutMemoryViewTest extends EditingFixture {

  private LayoutStore store;

  @Override
  protected LayoutStore layout() {
    store = LayoutStore.in(dir.resolve("config"));
    store.put("split.packages.packagesSplit.0", 0.7); // the table over the detail
    store.put("split.packages.releases-split.0", 0.35); // the detail's releases over their files
    store.put("split.packages.overview-split.0", 0.999); // dragged to the edge, or a hand-edited file
    return store;
  }

  @Start
  void start(Stage stage) {
    openMainWindow(stage);
  }

  @Test
  void thePackagesDividersOpenWhereTheyWereLeftAndFollowADrag() throws TimeoutException {
    clickOn("#nav-packages");
    SplitPane packages = lookup("#packagesSplit").queryAs(SplitPane.class);
    waitUntil(() -> packages.getHeight() > 0);
    List<SplitPane> splits = new ArrayList<>();
    interact(() -> splits.addAll(LayoutMemory.splitPanes(packages)));
    assertEquals(3, splits.size(), "the table and detail, the overview's facts and description, releases and files");

    clickCell("#packagesTable", "requests");
    clickOn("#releasesTab");
    waitUntil(() -> splits.get(2).getHeight() > 0); // laid out at last: it keeps its place
    waitUntil(() -> Math.abs(packages.getDividerPositions()[0] - 0.7) < 0.01);
    waitUntil(() -> Math.abs(splits.get(2).getDividerPositions()[0] - 0.35) < 0.01);
    waitUntil(() -> splits.get(1).getDividerPositions()[0] <= 0.95); // never all the way to the edge

    Node divider = lookup("#packagesSplit > .split-pane-divider").query();
    Bounds at = divider.localToScreen(divider.getBoundsInLocal());
    drag(at.getCenterX(), at.getCenterY()).moveBy(0, -150).release(MouseButton.PRIMARY);
    double moved = packages.getDividerPositions()[0];
    assertTrue(moved < 0.65, "the divider went up: " + moved);

    store.save();
    OptionalDouble kept = LayoutStore.in(dir.resolve("config")).number("split.packages.packagesSplit.0");
    assertEquals(moved, kept.orElseThrow(), 0.001);
  }

  @Test
  void theWindowOpensAtItsSizeAndPlace() throws Exception {
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    LayoutStore saved = LayoutStore.in(dir.resolve("window"));
    saved.put("window.width", 1000);
    saved.put("window.height", 600);
    saved.put("window.x", screen.getMinX() + 40);
    saved.put("window.y", screen.getMinY() + 30);
    Stage window = newWindow(saved);
    try {
      assertEquals(1000, window.getWidth(), 1);
      assertEquals(600, window.getHeight(), 1);
      assertEquals(screen.getMinX() + 40, window.getX(), 1);
      assertEquals(screen.getMinY() + 30, window.getY(), 1);

      interact(() -> window.setWidth(1100));
      assertEquals(1100, saved.number("window.width").orElseThrow(), 1, "a resize is followed");
    } finally {
      interact(window::hide);
    }
  }

  @Test
  void aWindowLeftOnAScreenSinceUnpluggedOpensOnThisOneNoLargerThanIt() throws Exception {
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    LayoutStore lost = LayoutStore.in(dir.resolve("lost"));
    lost.put("window.width", screen.getWidth() * 3);
    lost.put("window.height", 600);
    lost.put("window.x", screen.getMaxX() + 5000);
    lost.put("window.y", 0);
    Stage window = newWindow(lost);
    try {
      assertTrue(window.getX() < screen.getMaxX(), "back on a screen: " + window.getX());
      assertEquals(screen.getWidth(), window.getWidth(), 1, "no wider than the screen");
    } finally {
      interact(window::hide);
    }
  }

  @Test
  void aMaximizedWindowOpensMaximized() throws Exception {
    LayoutStore saved = LayoutStore.in(dir.resolve("maximized"));
    saved.put("window.maximized", 1);
    Stage window = newWindow(saved);
    try {
      assertTrue(window.isMaximized());
      interact(() -> window.setMaximized(false));
      assertEquals(0, saved.number("window.maximized").orElseThrow());
    } finally {
      interact(window::hide);
    }
  }

  @Test
  void theFirstStartOnAScreenLittleLargerThanTheWindowOpensMaximized() throws Exception {
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    LayoutStore first = LayoutStore.in(dir.resolve("first"));
    Stage window = newWindow(first, screen.getWidth() * 0.8, screen.getHeight() * 0.5);
    try {
      assertTrue(window.isMaximized(), "a window of 80% of the screen's width opens maximized");
      assertEquals(1, first.number("window.maximized").orElseThrow(), "and is remembered so");
    } finally {
      interact(window::hide);
    }
  }

  @Test
  void theFirstStartOnALargeScreenOpensAtTheWindowsOwnSize() throws Exception {
    Stage window = newWindow(LayoutStore.in(dir.resolve("large")));
    try {
      assertFalse(window.isMaximized());
      assertEquals(900, window.getWidth(), 1, "640 wide, raised to the window's minimum");
      assertEquals(560, window.getHeight(), 1);
    } finally {
      interact(window::hide);
    }
  }

  private Stage newWindow(LayoutStore layout) throws Exception {
    return newWindow(layout, 640, 480);
  }

  private Stage newWindow(LayoutStore layout, double width, double height) throws Exception {
    Stage[] window = new Stage[1];
    interact(() -> {
      Stage stage = new Stage();
      stage.setScene(new Scene(new StackPane(), width, height));
      stage.setMinWidth(900);
      stage.setMinHeight(560);
      new LayoutMemory(layout).window(stage);
      stage.show();
      window[0] = stage;
    });
    return window[0];
  }
}
