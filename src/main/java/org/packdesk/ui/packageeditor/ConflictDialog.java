package org.packdesk.ui.packageeditor;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.packdesk.catalog.edit.ConflictException;
import org.packdesk.model.LifecycleStatus;
import org.packdesk.ui.common.DialogService;

/**
 * Tells the curator that someone else saved the same fields first, shows both values of each,
 * and asks which to keep.
 */
final class ConflictDialog {

  /** What the curator chose. */
  enum Choice { KEEP_MINE, TAKE_THEIRS }

  /** Long values (a description) are cut here; the whole of them shows as a tooltip. */
  private static final int SHOWN_LENGTH = 240;

  private ConflictDialog() {
  }

  /** @return the choice, or empty when the curator went back to editing */
  static Optional<Choice> ask(DialogService dialogs, ConflictException conflict) {
    ButtonType mine = new ButtonType("Keep mine", ButtonBar.ButtonData.YES);
    ButtonType theirs = new ButtonType("Take theirs", ButtonBar.ButtonData.NO);
    ButtonType back = new ButtonType("Back to editing", ButtonBar.ButtonData.CANCEL_CLOSE);
    Dialog<Choice> dialog = new Dialog<>();
    dialog.setHeaderText(conflict.getMessage());
    dialog.getDialogPane().getStyleClass().add("conflict-dialog");
    dialog.getDialogPane().getButtonTypes().addAll(mine, theirs, back);
    dialog.getDialogPane().setContent(new VBox(12, explanation(), fields(conflict)));
    dialog.getDialogPane().setMinWidth(680);
    dialog.setResultConverter(button -> button == mine ? Choice.KEEP_MINE : button == theirs ? Choice.TAKE_THEIRS : null);
    return dialogs.showAndWait(dialog);
  }

  private static Label explanation() {
    Label text = new Label("You and someone else both changed these fields. Keep mine saves your values over "
        + "theirs; Take theirs drops your edits and shows the package as it is now.");
    text.setWrapText(true);
    text.setMaxWidth(640);
    return text;
  }

  private static GridPane fields(ConflictException conflict) {
    GridPane grid = new GridPane();
    grid.getStyleClass().add("conflict-fields");
    ColumnConstraints fieldColumn = new ColumnConstraints();
    fieldColumn.setMinWidth(110);
    ColumnConstraints valueColumn = new ColumnConstraints(180, 250, 400);
    valueColumn.setHgrow(Priority.ALWAYS);
    valueColumn.setFillWidth(true);
    grid.getColumnConstraints().addAll(fieldColumn, valueColumn, valueColumn);
    grid.addRow(0, heading("Field"), heading("Yours"), heading("Theirs"));
    int row = 1;
    for (ConflictException.FieldConflict conflicting : conflict.fields()) {
      Label field = new Label(conflicting.field());
      field.getStyleClass().add("conflict-field");
      GridPane.setValignment(field, javafx.geometry.VPos.TOP);
      grid.addRow(row++, field, value(conflicting.mine(), "conflict-mine"),
          value(conflicting.theirs(), "conflict-theirs"));
    }
    return grid;
  }

  private static Label heading(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("conflict-heading");
    return label;
  }

  private static Label value(Object value, String styleClass) {
    String text = describe(value);
    Label label = new Label(text.length() > SHOWN_LENGTH ? text.substring(0, SHOWN_LENGTH - 1) + "\u2026" : text);
    label.setWrapText(true);
    label.setMaxWidth(Double.MAX_VALUE);
    GridPane.setValignment(label, javafx.geometry.VPos.TOP);
    label.getStyleClass().addAll("conflict-value", styleClass);
    if (value == null) {
      label.getStyleClass().add("text-muted");
    }
    if (text.length() > SHOWN_LENGTH) {
      label.setTooltip(new javafx.scene.control.Tooltip(text));
    }
    return label;
  }

  static String describe(Object value) {
    if (value == null) {
      return "(empty)";
    }
    return value instanceof LifecycleStatus status ? Lifecycles.label(status) : value.toString();
  }
}
