package org.packdesk.ui.packages;

import java.util.Locale;
import javafx.event.Event;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * One block of a description: the cell's own text, wrapped, styled by the block's kind
 * ({@code description-heading-1}, {@code description-code}, ...). The cell wraps its text
 * itself, so the height it asks for is the height its lines take. A list of them keeps even a
 * very long description quick: only the blocks in sight are laid out.
 */
final class DescriptionCell extends ListCell<DescriptionBlocks.Block> {

  private String kindClass;

  DescriptionCell() {
    getStyleClass().add("description-cell");
    setWrapText(true);
    // as wide as the list, never wider: no sideways scrolling
    setPrefWidth(0);
    // text to read, not rows to choose
    addEventFilter(MouseEvent.MOUSE_PRESSED, Event::consume);
  }

  @Override
  protected void updateItem(DescriptionBlocks.Block block, boolean empty) {
    super.updateItem(block, empty);
    getStyleClass().remove(kindClass);
    kindClass = null;
    if (empty || block == null) {
      setText(null);
      setTooltip(null);
      return;
    }
    kindClass = "description-" + block.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    getStyleClass().add(kindClass);
    setText(block.text());
    setTooltip(block.source().equals(block.text()) ? null : new Tooltip(block.source()));
  }
}
