package org.packdesk.ui.packages;

import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.packdesk.catalog.ReleaseFileLine;

/**
 * A release's file in two lines: its name (cut in the middle, where a long wheel name repeats
 * itself least), then its type, Python, size, digest and upload time; the full digests and the
 * address show as a tooltip, and a button copies the whole SHA-256 (to check a download against).
 */
public final class FileCell extends ListCell<ReleaseFileLine> {

  private final Label name = new Label();
  private final Label facts = new Label();
  private final VBox box = new VBox(name, facts);
  private final Button copy = new Button(null, new FontIcon("fth-copy"));
  private final HBox row = new HBox(box, copy);
  private final Function<ReleaseFileLine, String> factsOf;
  private final Function<ReleaseFileLine, String> detailsOf;

  /** Room for the cell's padding, the copy button and the list's scroll bar. */
  private static final double GUTTER = 72;

  public FileCell(ListView<ReleaseFileLine> list, Function<ReleaseFileLine, String> factsOf,
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
    HBox.setHgrow(box, Priority.ALWAYS);
    name.setMaxWidth(Double.MAX_VALUE);
    facts.setMinHeight(Region.USE_PREF_SIZE);
    copy.getStyleClass().addAll("flat", "copy-digest");
    copy.setTooltip(new Tooltip("Copy the SHA-256 digest"));
    copy.setFocusTraversable(false);
    copy.setOnAction(e -> {
      ClipboardContent digest = new ClipboardContent();
      digest.putString(getItem().sha256());
      Clipboard.getSystemClipboard().setContent(digest);
    });
    row.getStyleClass().add("file-row");
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
    copy.setVisible(file.sha256() != null);
    setTooltip(new Tooltip(detailsOf.apply(file)));
    setGraphic(row);
  }
}
