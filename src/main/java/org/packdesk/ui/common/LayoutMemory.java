package org.packdesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.packdesk.app.LayoutStore;

/**
 * Puts the window and the dividers of each section back where the curator left them, and keeps
 * following them: the numbers live in a {@link LayoutStore}, written when the app closes.
 */
public final class LayoutMemory {

  static final String WIDTH = "window.width";
  static final String HEIGHT = "window.height";
  static final String X = "window.x";
  static final String Y = "window.y";
  static final String MAXIMIZED = "window.maximized";
  /** A divider is never put closer than this to an edge, whatever the file says. */
  private static final double EDGE = 0.05;

  private final LayoutStore store;

  public LayoutMemory(LayoutStore store) {
    this.store = store;
  }

  /**
   * Sizes and places {@code stage} as it was left (before it is shown), within the screens there
   * are now: a window left on a screen since unplugged opens on the primary one, no larger than it.
   * Then follows its size, place and maximized state.
   */
  public void window(Stage stage) {
    OptionalDouble width = store.number(WIDTH);
    OptionalDouble height = store.number(HEIGHT);
    if (width.isPresent() && height.isPresent()) {
      OptionalDouble x = store.number(X);
      OptionalDouble y = store.number(Y);
      Rectangle2D screen = Screen.getPrimary().getVisualBounds();
      if (x.isPresent() && y.isPresent() && !Screen.getScreensForRectangle(x.getAsDouble(), y.getAsDouble(),
          width.getAsDouble(), height.getAsDouble()).isEmpty()) {
        screen = Screen.getScreensForRectangle(x.getAsDouble(), y.getAsDouble(), width.getAsDouble(),
            height.getAsDouble()).get(0).getVisualBounds();
        stage.setX(Math.max(screen.getMinX(), Math.min(x.getAsDouble(), screen.getMaxX() - 100)));
        stage.setY(Math.max(screen.getMinY(), Math.min(y.getAsDouble(), screen.getMaxY() - 100)));
      }
      stage.setWidth(within(width.getAsDouble(), stage.getMinWidth(), screen.getWidth()));
      stage.setHeight(within(height.getAsDouble(), stage.getMinHeight(), screen.getHeight()));
    }
    if (store.number(MAXIMIZED).orElse(0) == 1) {
      stage.setMaximized(true);
    }
    stage.widthProperty().addListener((obs, old, now) -> unlessMaximized(stage, WIDTH, now.doubleValue()));
    stage.heightProperty().addListener((obs, old, now) -> unlessMaximized(stage, HEIGHT, now.doubleValue()));
    stage.xProperty().addListener((obs, old, now) -> unlessMaximized(stage, X, now.doubleValue()));
    stage.yProperty().addListener((obs, old, now) -> unlessMaximized(stage, Y, now.doubleValue()));
    stage.maximizedProperty().addListener((obs, old, now) -> store.put(MAXIMIZED, now ? 1 : 0));
  }

  private void unlessMaximized(Stage stage, String key, double value) {
    // a maximized or minimized window's bounds are the screen's (or nowhere): keep the normal ones
    if (!stage.isMaximized() && !stage.isIconified()) {
      store.put(key, value);
    }
  }

  private static double within(double value, double min, double max) {
    return Math.max(min, Math.min(value, Math.max(min, max)));
  }

  /**
   * Puts the dividers of every split pane in {@code view} (the section {@code name}) where they
   * were left, and follows them. Splits are told apart by their order in the view, which includes
   * those on tabs not shown yet.
   */
  public void splits(Node view, String name) {
    List<SplitPane> splits = splitPanes(view);
    for (int i = 0; i < splits.size(); i++) {
      List<SplitPane.Divider> dividers = splits.get(i).getDividers();
      for (int d = 0; d < dividers.size(); d++) {
        String key = "split." + name + "." + i + (d == 0 ? "" : "." + d);
        SplitPane.Divider divider = dividers.get(d);
        store.number(key).ifPresent(position -> divider.setPosition(within(position, EDGE, 1 - EDGE)));
        divider.positionProperty().addListener((obs, old, now) -> store.put(key, now.doubleValue()));
      }
    }
  }

  /**
   * The split panes in {@code view}, in document order, looking into tabs, scroll panes and
   * splits before they have skins (which is when their content becomes their children).
   */
  public static List<SplitPane> splitPanes(Node view) {
    List<SplitPane> splits = new ArrayList<>();
    collect(view, splits);
    return splits;
  }

  private static void collect(Node node, List<SplitPane> splits) {
    if (node instanceof SplitPane split) {
      splits.add(split);
      split.getItems().forEach(item -> collect(item, splits));
    } else if (node instanceof TabPane tabs) {
      for (Tab tab : tabs.getTabs()) {
        if (tab.getContent() != null) {
          collect(tab.getContent(), splits);
        }
      }
    } else if (node instanceof ScrollPane scroll) {
      if (scroll.getContent() != null) {
        collect(scroll.getContent(), splits);
      }
    } else if (node instanceof TitledPane titled) {
      if (titled.getContent() != null) {
        collect(titled.getContent(), splits);
      }
    } else if (node instanceof Parent parent) {
      parent.getChildrenUnmodifiable().forEach(child -> collect(child, splits));
    }
  }
}
