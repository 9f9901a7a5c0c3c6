package org.packdesk.ui;

import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;

/** The main window, for tests that edit the catalog: choosing rows and reading what the panes show. */
public abstract class EditingFixture extends MainWindowFixture {

  /** Clicks the cell of the table {@code tableQuery} that shows {@code text} (choosing its row). */
  protected void clickCell(String tableQuery, String text) throws TimeoutException {
    // not the first cell found with the text: a spare row the table keeps hidden may still show it
    clickOn(cellCentre(tableQuery, text));
  }

  /** Clicks the header of the column titled {@code title} of the table {@code tableQuery} (sorting by it). */
  protected void clickHeader(String tableQuery, String title) {
    clickOn(lookup(tableQuery + " .column-header").queryAll().stream()
        .filter(header -> header.lookup(".label") instanceof Label label && title.equals(label.getText()))
        .findFirst().orElseThrow(() -> new AssertionError("No column " + title + " in " + tableQuery)));
  }

  /** Clicks the entry of a chooser or detail list whose title is {@code title}. */
  protected void clickListEntry(String listQuery, String title) throws TimeoutException {
    waitUntil(() -> lookup(listQuery + " .two-line-title").match(showing(title)).tryQuery().isPresent());
    clickOn(lookup(listQuery + " .two-line-title").match(showing(title)).<Node>query());
  }

  private static java.util.function.Predicate<Node> showing(String text) {
    return node -> node instanceof Labeled labeled && text.equals(labeled.getText()) && node.isVisible();
  }

  /** Waits until a node among {@code query} (a badge, a list entry...) visibly shows {@code text}. */
  protected void waitForShown(String query, String text) throws TimeoutException {
    try {
      waitUntil(() -> lookup(query).match(showing(text)).tryQuery().isPresent());
    } catch (TimeoutException e) {
      throw new AssertionError("Nothing of " + query + " shows \u201c" + text + "\u201d", e);
    }
  }

  /** Waits until the label (or button) {@code query} reads {@code expected}. */
  protected void waitForText(String query, String expected) throws TimeoutException {
    try {
      waitUntil(() -> lookup(query).tryQuery().map(n -> expected.equals(((Labeled) n).getText())).orElse(false));
    } catch (TimeoutException e) {
      throw new AssertionError("Expected " + query + " to read \u201c" + expected + "\u201d but it read \u201c"
          + lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse("(not shown)") + "\u201d", e);
    }
  }

  /** The text of the label {@code query}. */
  protected String textOf(String query) {
    return lookup(query).queryAs(Label.class).getText();
  }
}
