package org.packdesk.ui.packages;

import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import org.packdesk.catalog.PackageRow;
import org.packdesk.ui.MainWindowFixture;

/** The main window on the sample catalog, with the steps a curator takes in the packages section. */
public abstract class PackageDetailFixture extends MainWindowFixture {

  /** Goes to the packages, finds {@code name} by typing it, and chooses its row. */
  protected void findAndChoose(String name) throws TimeoutException {
    clickOn("#nav-packages");
    clickOn("#packagesSearch").write(name);
    // the search of the whole name, not one of the searches while typing, whose rows it replaces
    waitForStatus("#packagesStatus", "1 package matching \u201c" + name + "\u201d");
    waitForRows("#packagesTable", PackageRow::name, List.of(name));
    clickOnCell("#packagesTable", name);
    waitForText("#detailName", name);
  }

  /** Clicks the cell of a table that shows {@code text}. */
  protected void clickOnCell(String tableQuery, String text) throws TimeoutException {
    clickOn(cellCentre(tableQuery, text));
  }

  /** Double-clicks the cell of a table that shows {@code text}. */
  protected void doubleClickOnCell(String tableQuery, String text) throws TimeoutException {
    doubleClickOn(cellCentre(tableQuery, text));
  }

  /**
   * Where on screen the cell of a table that shows {@code text} is, once the table has laid it
   * out for its current rows. A point, not the cell: a table hands its cells to other rows as it
   * lays out, keeps spare rows hidden, and until its next layout a cell may still show the row
   * that was at its place before the rows changed.
   */
  private Point2D cellCentre(String tableQuery, String text) throws TimeoutException {
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

  /** Waits until the labeled node ({@code "#detailSummary"}) shows {@code expected}. */
  protected void waitForText(String query, String expected) throws TimeoutException {
    try {
      waitUntil(() -> lookup(query).tryQueryAs(Labeled.class).map(l -> expected.equals(l.getText())).orElse(false));
    } catch (TimeoutException e) {
      throw new AssertionError("Expected \u201c" + expected + "\u201d in " + query + " but saw \u201c"
          + lookup(query).tryQueryAs(Labeled.class).map(Labeled::getText).orElse("(nothing)") + "\u201d", e);
    }
  }

  /** Waits until a dialog shows a label reading {@code expected}. */
  protected void waitForDialogText(String expected) throws TimeoutException {
    try {
      waitUntil(() -> lookup(".dialog-pane .label").queryAllAs(Label.class).stream()
          .anyMatch(label -> expected.equals(label.getText())));
    } catch (TimeoutException e) {
      throw new AssertionError("No dialog says \u201c" + expected + "\u201d; they say "
          + lookup(".dialog-pane .label").queryAllAs(Label.class).stream().map(Label::getText).toList(), e);
    }
  }

  /** Waits until no node matches {@code query} any more (a window closed). */
  protected void waitUntilGone(String query) throws TimeoutException {
    waitUntil(() -> lookup(query).tryQuery().isEmpty());
  }

  protected boolean isShown(String query) {
    return lookup(query).tryQuery().map(Node::isVisible).orElse(false);
  }
}
