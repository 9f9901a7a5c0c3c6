package org.packdesk.ui.browse;

import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * A list cell showing a row as a title over a muted detail line (a package's name over its
 * summary), both as wide as the list and cut with an ellipsis rather than scrolled; the cell's
 * tooltip holds both whole.
 *
 * @param <R> the type of the rows
 */
public final class TwoLineCell<R> extends ListCell<R> {

  private final Function<R, String> title;
  private final Function<R, String> detail;
  private final Label titleLabel = new Label();
  private final Label detailLabel = new Label();
  private final VBox box = new VBox(titleLabel, detailLabel);
  private final Tooltip whole = new Tooltip();

  public TwoLineCell(Function<R, String> title, Function<R, String> detail) {
    this.title = title;
    this.detail = detail;
    box.getStyleClass().add("two-line-cell");
    titleLabel.getStyleClass().add("two-line-title");
    detailLabel.getStyleClass().addAll("text-muted", "two-line-detail");
    for (Label label : new Label[] {titleLabel, detailLabel}) {
      label.setPrefWidth(1);
      label.setMaxWidth(Double.MAX_VALUE);
    }
    whole.setWrapText(true);
    whole.setMaxWidth(480);
  }

  @Override
  protected void updateItem(R item, boolean empty) {
    super.updateItem(item, empty);
    if (empty || item == null) {
      setGraphic(null);
      setTooltip(null);
      return;
    }
    titleLabel.setText(title.apply(item));
    String more = detail.apply(item);
    detailLabel.setText(more);
    detailLabel.setVisible(more != null && !more.isBlank());
    detailLabel.setManaged(detailLabel.isVisible());
    whole.setText(detailLabel.isVisible() ? titleLabel.getText() + "\n" + more : titleLabel.getText());
    setTooltip(whole);
    setGraphic(box);
  }
}
