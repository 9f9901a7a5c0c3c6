package org.packdesk.ui.packages;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * One block of a description, set as a wrapped label styled by its kind
 * ({@code description-heading-1}, {@code description-code}, ...). A list of them keeps even a
 * very long description quick: only the blocks in sight are laid out.
 */
final class DescriptionCell extends ListCell<DescriptionBlocks.Block> {

  /** Room for the cell's padding and the list's scroll bar. */
  private static final double GUTTER = 40;

  private final Label label = new Label();

  DescriptionCell(ListView<DescriptionBlocks.Block> list) {
    getStyleClass().add("description-cell");
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE);
    label.prefWidthProperty().bind(list.widthProperty().subtract(GUTTER));
    label.setMaxWidth(Region.USE_PREF_SIZE);
    setPrefWidth(0);
  }

  @Override
  protected void updateItem(DescriptionBlocks.Block block, boolean empty) {
    super.updateItem(block, empty);
    setText(null);
    if (empty || block == null) {
      setGraphic(null);
      setTooltip(null);
      return;
    }
    label.setText(block.text());
    setTooltip(block.source().equals(block.text()) ? null : new Tooltip(block.source()));
    label.getStyleClass().setAll("label", "description-block",
        "description-" + block.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    setGraphic(label);
  }
}
