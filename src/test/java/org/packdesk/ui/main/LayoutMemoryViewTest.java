package org.packdesk.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.packdesk.app.LayoutStore;
import org.packdesk.ui.MainWindowFixture;
import org.packdesk.ui.common.LayoutMemory;
import org.testfx.framework.junit5.Start;

/** The dividers of each section, and the window itself, open where the curator left them. */
class LayoutMemoryViewTest extends MainWindowFixture {

  private LayoutStore store;

  @Override
  protected LayoutStore layout() {
    store = LayoutStore.in(dir.resolve("config"));
    store.put("split.packages.0", 0.7); // the table over the detail
    store.put("split.packages.2", 0.35); // the detail's releases over their files
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
    assertEquals(0.7, packages.getDividerPositions()[0], 0.01);
    List<SplitPane> splits = new ArrayList<>();
    interact(() -> splits.addAll(LayoutMemory.splitPanes(packages)));
    assertEquals(3, splits.size(), "the table and detail, the overview's facts and description, releases and files");
    assertEquals(0.35, splits.get(2).getDividerPositions()[0], 0.01);

    Node divider = lookup("#packagesSplit > .split-pane-divider").query();
    Bounds at = divider.localToScreen(divider.getBoundsInLocal());
    drag(at.getCenterX(), at.getCenterY()).moveBy(0, -150).release(javafx.scene.input.MouseButton.PRIMARY);
    double moved = packages.getDividerPositions()[0];
    assertTrue(moved < 0.65, "the divider went up: " + moved);

    store.save();
    OptionalDouble kept = LayoutStore.in(dir.resolve("config")).number("split.packages.0");
    assertEquals(moved, kept.orElseThrow(), 0.001);
  }

  @Test
  void theWindowOpensAtItsSizeAndPlaceUnlessThatIsOffEveryScreen() throws Exception {
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    LayoutStore saved = LayoutStore.in(dir.resolve("window"));
    saved.put("window.width", 1000);
    saved.put("window.height", 600);
    saved.put("window.x", screen.getMinX() + 40);
    saved.put("window.y", screen.getMinY() + 30);
    Stage[] window = new Stage[1];
    interact(() -> window[0] = newWindow(saved));
    assertEquals(1000, window[0].getWidth(), 1);
    assertEquals(600, window[0].getHeight(), 1);
    assertEquals(screen.getMinX() + 40, window[0].getX(), 1);
    assertEquals(screen.getMinY() + 30, window[0].getY(), 1);

    interact(() -> window[0].setWidth(1100));
    assertEquals(1100, saved.number("window.width").orElseThrow(), 1, "a resize is followed");
    interact(() -> window[0].hide());

    LayoutStore lost = LayoutStore.in(dir.resolve("lost"));
    lost.put("window.width", screen.getWidth() * 3);
    lost.put("window.height", 600);
    lost.put("window.x", screen.getMaxX() + 5000); // a screen since unplugged
    lost.put("window.y", 0);
    interact(() -> {
      Stage stage = newWindow(lost);
      assertTrue(stage.getX() < screen.getMaxX(), "back on a screen: " + stage.getX());
      assertEquals(screen.getWidth(), stage.getWidth(), 1, "no wider than the screen");
      stage.hide();
    });
  }

  private Stage newWindow(LayoutStore layout) {
    Stage stage = new Stage();
    stage.setScene(new Scene(new StackPane(), 640, 480));
    stage.setMinWidth(900);
    stage.setMinHeight(560);
    new LayoutMemory(layout).window(stage);
    stage.show();
    return stage;
  }
}
