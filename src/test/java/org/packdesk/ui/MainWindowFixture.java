package org.packdesk.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.app.AppContext;
import org.packdesk.app.Browser;
import org.packdesk.app.LayoutStore;
import org.packdesk.app.PackdeskApp;
import org.packdesk.app.PreferencesStore;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.ui.common.DialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on the sample catalog, for tests that click and type as a curator does.
 * Waits are on conditions (rows shown, tasks done), never on sleeps. TestFX looks for
 * {@code @Start} on the test class itself only, so each test class says
 * {@code @Start void start(Stage stage) { openMainWindow(stage); }}.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class MainWindowFixture extends FxRobot {

  private static final long TIMEOUT_SECONDS = 20;

  @TempDir
  protected Path dir;
  protected Stage stage;
  protected AppContext context;

  protected void openMainWindow(Stage stage) {
    this.stage = stage;
    PackdeskApp.applyTheme();
    CatalogDatabase catalog = TestCatalogs.open(dir);
    fillCatalog(catalog.database());
    context = new AppContext(catalog, new DialogService(stage), PreferencesStore.in(dir.resolve("config")), layout(),
        Browser.unavailable());
    stage.setScene(new Scene(new StackPane(), 1280, 800));
    stage.getScene().getStylesheets().add(PackdeskApp.STYLESHEET);
    stage.show();
    PackdeskApp.showMainWindow(stage, context);
  }

  /** Where the window's dividers were left: nowhere yet, unless a test wants a layout. */
  protected LayoutStore layout() {
    return LayoutStore.inMemory();
  }

  /** What the catalog holds when the window opens: the sample catalog, unless a test wants more. */
  protected void fillCatalog(io.ebean.Database database) {
    TestCatalogs.fillSample(database);
  }

  @AfterEach
  void closeCatalog() throws TimeoutException {
    waitUntil(() -> context.tasks().runningProperty().get() == 0);
    interact(() -> {
      stage.hide();
      context.close();
    });
  }

  /** Waits until {@code condition}, checked on the FX thread, holds. */
  protected void waitUntil(Callable<Boolean> condition) throws TimeoutException {
    WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
        () -> WaitForAsyncUtils.asyncFx(condition).get());
  }

  /** The table with this id ({@code "#licensesTable"}). */
  protected <R> TableView<R> table(String query) {
    return lookup(query).queryTableView();
  }

  /** Waits until the table's rows, each reduced by {@code key}, are exactly {@code expected}. */
  protected <R> void waitForRows(String tableQuery, Function<R, ?> key, List<?> expected) throws TimeoutException {
    TableView<R> table = table(tableQuery);
    try {
      waitUntil(() -> table.getItems().stream().map(key).toList().equals(expected));
    } catch (TimeoutException e) {
      throw new AssertionError("Expected rows " + expected + " in " + tableQuery + " but saw "
          + table.getItems().stream().map(key).toList(), e);
    }
  }

  /** Waits until the section's status line ({@code "#usersStatus"}) reads {@code expected}. */
  protected void waitForStatus(String statusQuery, String expected) throws TimeoutException {
    Label status = lookup(statusQuery).queryAs(Label.class);
    try {
      waitUntil(() -> expected.equals(status.getText()));
    } catch (TimeoutException e) {
      throw new AssertionError("Expected status \u201c" + expected + "\u201d but saw \u201c" + status.getText() + "\u201d", e);
    }
  }

  /** Waits until a cell of the table visibly shows {@code text}. */
  protected void assertCellShown(String tableQuery, String text) throws TimeoutException {
    try {
      waitUntil(() -> lookup(tableQuery + " .table-cell").queryAllAs(TableCell.class).stream()
          .anyMatch(cell -> text.equals(cell.getText()) && cell.isVisible()));
    } catch (TimeoutException e) {
      throw new AssertionError("No cell of " + tableQuery + " shows \u201c" + text + "\u201d", e);
    }
  }

  /**
   * Where on screen the cell of a table that shows {@code text} is, once the table has laid it
   * out for its current rows. A point, not the cell: a table hands its cells to other rows as it
   * lays out, keeps spare rows hidden, and until its next layout a cell may still show the row
   * that was at its place before the rows changed.
   */
  protected Point2D cellCentre(String tableQuery, String text) throws TimeoutException {
    TableView<?> table = table(tableQuery);
    AtomicReference<Point2D> centre = new AtomicReference<>();
    try {
      waitUntil(() -> {
        lookup(tableQuery + " .table-cell").queryAllAs(TableCell.class).stream()
            .filter(cell -> text.equals(cell.getText()) && !cell.isEmpty() && inSight(cell)
                && cell.getIndex() < table.getItems().size()
                && cell.getTableRow().getItem() == table.getItems().get(cell.getIndex()))
            .findFirst().ifPresent(cell -> {
              Bounds bounds = cell.localToScreen(cell.getBoundsInLocal());
              centre.set(new Point2D(bounds.getCenterX(), bounds.getCenterY()));
            });
        return centre.get() != null;
      });
    } catch (TimeoutException e) {
      throw new AssertionError("No cell of " + tableQuery + " shows \u201c" + text + "\u201d", e);
    }
    return centre.get();
  }

  private static boolean inSight(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }
}
