package org.packdesk.ui.packages;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
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
