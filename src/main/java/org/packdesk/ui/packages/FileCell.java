package org.packdesk.ui.packages;

import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.packdesk.catalog.ReleaseFileLine;

/**
 * A release's file in two lines: its name (cut in the middle, where a long wheel name repeats
 * itself least), then its type, Python, size, digest and upload time; the full digests and the
 * address show as a tooltip.
 */
final class FileCell extends ListCell<ReleaseFileLine> {

  private final Label name = new Label();
  private final Label facts = new Label();
  private final VBox box = new VBox(name, facts);
  private final Function<ReleaseFileLine, String> factsOf;
  private final Function<ReleaseFileLine, String> detailsOf;

  /** Room for the cell's padding and the list's scroll bar. */
  private static final double GUTTER = 36;

  FileCell(ListView<ReleaseFileLine> list, Function<ReleaseFileLine, String> factsOf,
      Function<ReleaseFileLine, String> detailsOf) {
    this.factsOf = factsOf;
    this.detailsOf = detailsOf;
    getStyleClass().add("file-cell");
    name.getStyleClass().add("file-name");
    name.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
    facts.getStyleClass().add("file-facts");
    facts.setWrapText(true);
    box.getStyleClass().add("file-box");
    // a wrapped label needs its width told, or the cell is one line high
    box.prefWidthProperty().bind(list.widthProperty().subtract(GUTTER));
    box.setMaxWidth(Region.USE_PREF_SIZE);
    name.setMaxWidth(Double.MAX_VALUE);
    facts.setMinHeight(Region.USE_PREF_SIZE);
    setPrefWidth(0);
  }

  @Override
  protected void updateItem(ReleaseFileLine file, boolean empty) {
    super.updateItem(file, empty);
    setText(null);
    if (empty || file == null) {
      setGraphic(null);
      setTooltip(null);
      return;
    }
    name.setText(file.filename());
    facts.setText(factsOf.apply(file));
    setTooltip(new Tooltip(detailsOf.apply(file)));
    setGraphic(box);
  }
}
