package org.packdesk.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place that shows messages, errors and confirmations, owned by the main window. */
public class DialogService {

  private static final Logger LOG = LoggerFactory.getLogger(DialogService.class);
  private final Window owner;

  public DialogService(Window owner) {
    this.owner = owner;
  }

  /** Shows what went wrong in a person's words; the stack trace goes to the log and a details pane. */
  public void showError(Throwable error) {
    LOG.error("Shown to the curator", error);
    showError("Something went wrong", messageOf(error), error);
  }

  public void showError(String header, String message, Throwable details) {
    Alert alert = new Alert(Alert.AlertType.ERROR, null, ButtonType.OK);
    alert.initOwner(owner);
    alert.setTitle("Packdesk");
    alert.setHeaderText(header);
    Label text = new Label(message);
    text.setWrapText(true);
    text.setMaxWidth(520);
    alert.getDialogPane().setContent(text);
    if (details != null) {
      TextArea trace = new TextArea(stackTrace(details));
      trace.setEditable(false);
      trace.setPrefRowCount(12);
      alert.getDialogPane().setExpandableContent(trace);
    }
    alert.showAndWait();
  }

  public void showInfo(String header, String message) {
    Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
    alert.initOwner(owner);
    alert.setTitle("Packdesk");
    alert.setHeaderText(header);
    alert.showAndWait();
  }

  /** The innermost meaningful message of an exception chain. */
  public static String messageOf(Throwable error) {
    Throwable t = error;
    while (t.getMessage() == null && t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  private static String stackTrace(Throwable t) {
    java.io.StringWriter out = new java.io.StringWriter();
    t.printStackTrace(new java.io.PrintWriter(out));
    return out.toString();
  }
}
