package org.packdesk.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** Shows a form's problems where they are: a message under the field, the field in the theme's danger state. */
public final class InlineErrors {

  private InlineErrors() {
  }

  /** {@code label} shows {@code message} and takes room only while there is one; {@code fields} turn red with it. */
  public static void show(Label label, ObservableStringValue message, Node... fields) {
    label.textProperty().bind(message);
    label.visibleProperty().bind(label.textProperty().isNotEmpty());
    label.managedProperty().bind(label.visibleProperty());
    label.getStyleClass().add("field-error");
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE); // a long message wraps rather than ending in "…"
    message.addListener((obs, old, now) -> mark(now, fields));
    mark(message.get(), fields);
  }

  private static void mark(String message, Node... fields) {
    for (Node field : fields) {
      field.pseudoClassStateChanged(Styles.STATE_DANGER, message != null && !message.isEmpty());
    }
  }
}
