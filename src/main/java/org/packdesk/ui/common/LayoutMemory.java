package org.packdesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import javafx.application.Platform;
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
  /** Pixels of a window's top left corner kept on its screen. */
  private static final double GRIP = 100;
  /**
   * The first time, a window whose size would take more than this share of its screen's width or
   * height opens maximized: the few pixels left around it would be wasted, while a catalog's tables
   * want all the room there is (1280 x 800 on a 1440 x 900 or 1920 x 1080 screen).
   */
  static final double MOST_OF_THE_SCREEN = 0.75;

  private final LayoutStore store;

  public LayoutMemory(LayoutStore store) {
    this.store = store;
  }

  /**
   * Sizes and places {@code stage} as it was left (before it is shown), within the screens there
   * are now: on the screen holding most of it, or, when that screen is gone, on the primary one,
   * never larger than the screen it opens on. The first time it has its scene's size, or is
   * maximized when that size is most of the screen ({@link #MOST_OF_THE_SCREEN}). Then follows its
   * size, place and maximized state.
   */
  public void window(Stage stage) {
    // the first time: the size the scene asks for
    double width = store.number(WIDTH).orElse(stage.getScene() == null ? Double.NaN : stage.getScene().getWidth());
    double height = store.number(HEIGHT).orElse(stage.getScene() == null ? Double.NaN : stage.getScene().getHeight());
    OptionalDouble x = store.number(X);
    OptionalDouble y = store.number(Y);
    Screen screen = x.isPresent() && y.isPresent()
        ? mostOf(new Rectangle2D(x.getAsDouble(), y.getAsDouble(), Math.max(1, width), Math.max(1, height)))
        : null;
    Rectangle2D bounds = (screen == null ? Screen.getPrimary() : screen).getVisualBounds();
    if (screen != null) {
      // keep a grip of the title bar on the screen, whatever the file says
      stage.setX(within(x.getAsDouble(), bounds.getMinX(), bounds.getMaxX() - GRIP));
      stage.setY(within(y.getAsDouble(), bounds.getMinY(), bounds.getMaxY() - GRIP));
    }
    if (!Double.isNaN(width) && !Double.isNaN(height)) {
      stage.setWidth(within(width, stage.getMinWidth(), bounds.getWidth()));
      stage.setHeight(within(height, stage.getMinHeight(), bounds.getHeight()));
    }
    boolean firstTime = store.number(WIDTH).isEmpty() && store.number(MAXIMIZED).isEmpty();
    stage.maximizedProperty().addListener((obs, old, now) -> store.put(MAXIMIZED, now ? 1 : 0));
    if (store.number(MAXIMIZED).orElse(0) == 1 || firstTime && !Double.isNaN(width) && !Double.isNaN(height)
        && (width > MOST_OF_THE_SCREEN * bounds.getWidth() || height > MOST_OF_THE_SCREEN * bounds.getHeight())) {
      stage.setMaximized(true);
    }
    stage.widthProperty().addListener((obs, old, now) -> unlessMaximized(stage, WIDTH, now.doubleValue()));
    stage.heightProperty().addListener((obs, old, now) -> unlessMaximized(stage, HEIGHT, now.doubleValue()));
    stage.xProperty().addListener((obs, old, now) -> unlessMaximized(stage, X, now.doubleValue()));
    stage.yProperty().addListener((obs, old, now) -> unlessMaximized(stage, Y, now.doubleValue()));
  }

  /** The screen holding most of {@code area}; null when it is on none (a screen since unplugged). */
  private static Screen mostOf(Rectangle2D area) {
    Screen best = null;
    double bestOverlap = 0;
    for (Screen screen : Screen.getScreensForRectangle(area)) {
      Rectangle2D b = screen.getBounds();
      double overlap = Math.max(0, Math.min(b.getMaxX(), area.getMaxX()) - Math.max(b.getMinX(), area.getMinX()))
          * Math.max(0, Math.min(b.getMaxY(), area.getMaxY()) - Math.max(b.getMinY(), area.getMinY()));
      if (best == null || overlap > bestOverlap) {
        best = screen;
        bestOverlap = overlap;
      }
    }
    return best;
  }

  private void unlessMaximized(Stage stage, String key, double value) {
    // a maximized or minimized window's bounds are the screen's (or nowhere): keep the normal ones.
    // Asked once the event is over: some desktops report the new size before the maximized state.
    Platform.runLater(() -> {
      if (!stage.isMaximized() && !stage.isIconified()) {
        store.put(key, value);
      }
    });
  }

  private static double within(double value, double min, double max) {
    return Math.max(min, Math.min(value, Math.max(min, max)));
  }

  /**
   * Puts the dividers of every split pane in {@code view} (the section {@code section}) where they
   * were left, and follows them, including those on tabs not shown yet. A split is known by its
   * id, else its own style class ({@code overview-split}), else its place in the view.
   */
  public void splits(Node view, String section) {
    List<SplitPane> splits = splitPanes(view);
    for (int i = 0; i < splits.size(); i++) {
      SplitPane split = splits.get(i);
      List<SplitPane.Divider> dividers = split.getDividers();
      for (int d = 0; d < dividers.size(); d++) {
        String key = "split." + section + "." + name(split, i) + "." + d;
        SplitPane.Divider divider = dividers.get(d);
        store.number(key).ifPresent(position -> divider.setPosition(within(position, EDGE, 1 - EDGE)));
        divider.positionProperty().addListener((obs, old, now) -> store.put(key, now.doubleValue()));
      }
    }
  }

  private static String name(SplitPane split, int place) {
    if (split.getId() != null && !split.getId().isBlank()) {
      return split.getId();
    }
    return split.getStyleClass().stream().filter(c -> !c.equals("split-pane")).findFirst()
        .orElse(String.valueOf(place));
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
