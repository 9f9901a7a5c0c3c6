package org.packdesk.ui.common;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place that shows messages, errors and confirmations, owned by the main window. */
public class DialogService {

  private static final Logger LOG = LoggerFactory.getLogger(DialogService.class);
  private final Window owner;
  private SaveFileChooser saveFileChooser = DialogService::showSaveChooser;

  /** Asks where to save a file: the system's dialog, or in tests a stand-in that names the file. */
  @FunctionalInterface
  public interface SaveFileChooser {

    /**
     * @param folder where to start, or null for the system's choice
     * @return the chosen file; empty when the person cancelled
     */
    Optional<Path> choose(Window owner, String title, Path folder, String fileName, String formatDescription,
        String extension);
  }

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
    alert.getDialogPane().setContent(wrapped(message));
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

  /** Asks the curator to confirm; true when they chose {@code confirmText} over Cancel. */
  public boolean confirm(String header, String message, String confirmText) {
    return confirm(header, message, confirmText, false);
  }

  /** Asks for one line of text, {@code initial} to start with; empty when cancelled. */
  public Optional<String> askText(String title, String header, String initial) {
    TextInputDialog dialog = new TextInputDialog(initial);
    dialog.initOwner(owner);
    dialog.setTitle(title);
    dialog.setHeaderText(header);
    dialog.getEditor().setId("askTextField");
    dialog.getEditor().setPrefColumnCount(32);
    return dialog.showAndWait();
  }

  /** A form in a dialog: what it shows, when it can be submitted, and what submitting does. */
  public interface Form {

    Node content();

    /** Whether the main button is enabled (the form is valid, changed and not saving). */
    ObservableBooleanValue canSubmit();

    /**
     * Starts saving, in the background; calls {@code close} once saved. A refusal stays in the
     * form, shown inline, so the curator can correct it.
     */
    void submit(Runnable close);

    /** The control that has the caret when the dialog opens; null for the dialog's choice. */
    default Node initialFocus() {
      return null;
    }

    /** Called whenever the dialog closes, saved or cancelled (to forget what was typed). */
    default void closed() {
    }
  }

  /** Shows {@code form} with {@code submitText} and Cancel until it is saved or cancelled. */
  public void showForm(String title, String header, String submitText, Form form) {
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(title);
    dialog.setHeaderText(header);
    dialog.setResizable(true);
    dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
    dialog.getDialogPane().getStyleClass().add("form-dialog");
    Node content = form.content();
    dialog.getDialogPane().setContent(content);
    if (content instanceof javafx.scene.Parent parent) {
      // an inline message appearing (or going) changes the form's height: the dialog follows
      parent.needsLayoutProperty().addListener((obs, was, needs) -> Platform.runLater(() -> fitToContent(dialog, parent)));
    }
    ButtonType submit = new ButtonType(submitText, ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().setAll(submit, ButtonType.CANCEL);
    Button submitButton = (Button) dialog.getDialogPane().lookupButton(submit);
    submitButton.setId("formSubmit");
    submitButton.disableProperty().bind(javafx.beans.binding.Bindings.not(form.canSubmit()));
    submitButton.addEventFilter(ActionEvent.ACTION, event -> {
      event.consume(); // the dialog stays open until the form is saved
      form.submit(() -> {
        dialog.setResult(submit);
        dialog.close();
      });
    });
    dialog.setOnHidden(e -> form.closed());
    Node focus = form.initialFocus();
    if (focus != null) {
      dialog.setOnShown(e -> Platform.runLater(focus::requestFocus));
    }
    dialog.showAndWait();
  }

  private static void fitToContent(Dialog<?> dialog, javafx.scene.Parent content) {
    javafx.scene.control.DialogPane pane = dialog.getDialogPane();
    Window window = pane.getScene() == null ? null : pane.getScene().getWindow();
    double missing = content.prefHeight(content.getLayoutBounds().getWidth()) - content.getLayoutBounds().getHeight();
    if (window != null && Math.abs(missing) > 1) {
      pane.setPrefHeight(pane.getHeight() + missing);
      window.sizeToScene();
    }
  }

  /**
   * Asks where to save a {@code formatDescription} file ({@code *.extension}), offering
   * {@code fileName} in {@code folder}.
   */
  public Optional<Path> chooseSaveFile(String title, Path folder, String fileName, String formatDescription,
      String extension) {
    return saveFileChooser.choose(owner, title, folder, fileName, formatDescription, extension);
  }

  /** Replaces the save dialog (TestFX cannot drive the system's native one). */
  public void useSaveFileChooser(SaveFileChooser chooser) {
    this.saveFileChooser = chooser;
  }

  private static Optional<Path> showSaveChooser(Window owner, String title, Path folder, String fileName,
      String formatDescription, String extension) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(formatDescription + " (*." + extension + ")",
        "*." + extension));
    if (folder != null && java.nio.file.Files.isDirectory(folder)) {
      chooser.setInitialDirectory(folder.toFile());
    }
    chooser.setInitialFileName(fileName);
    return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
  }

  /** The same service for dialogs over another window (an editor) rather than the main one. */
  public DialogService over(Window window) {
    DialogService over = new DialogService(window);
    over.saveFileChooser = saveFileChooser;
    return over;
  }

  /**
   * Asks before an action. A destructive one gets a danger-styled confirm button, and Enter
   * keeps to Cancel.
   *
   * @return whether the curator confirmed
   */
  public boolean confirm(String header, String message, String confirmText, boolean destructive) {
    return confirm(header, message, confirmText, ButtonType.CANCEL.getText(), destructive);
  }

  /** As {@link #confirm(String, String, String, boolean)}, with the words of the button that backs out. */
  public boolean confirm(String header, String message, String confirmText, String cancelText, boolean destructive) {
    ButtonType confirm = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
    ButtonType cancel = new ButtonType(cancelText, ButtonBar.ButtonData.CANCEL_CLOSE);
    Alert alert = new Alert(destructive ? Alert.AlertType.WARNING : Alert.AlertType.CONFIRMATION, null, confirm, cancel);
    alert.setHeaderText(header);
    alert.getDialogPane().setContent(wrapped(message));
    alert.getDialogPane().lookupButton(confirm).setId("confirmButton");
    if (destructive) {
      Button button = (Button) alert.getDialogPane().lookupButton(confirm);
      button.getStyleClass().add(Styles.DANGER);
      button.setDefaultButton(false);
      ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
    }
    return showAndWait(alert).filter(confirm::equals).isPresent();
  }

  /**
   * Asks for a text an action needs, such as a reason; the confirm button waits until there is
   * one.
   *
   * @return the text, stripped; empty when the curator cancelled
   */
  public Optional<String> askText(String header, String message, String promptText, String confirmText) {
    ButtonType confirm = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
    Dialog<String> dialog = new Dialog<>();
    dialog.setHeaderText(header);
    TextField input = new TextField();
    input.setId("dialogTextInput");
    input.setPromptText(promptText);
    VBox content = new VBox(10, wrapped(message), input);
    dialog.getDialogPane().setContent(content);
    dialog.getDialogPane().getButtonTypes().addAll(confirm, ButtonType.CANCEL);
    dialog.getDialogPane().lookupButton(confirm).disableProperty()
        .bind(Bindings.createBooleanBinding(() -> input.getText().isBlank(), input.textProperty()));
    dialog.setResultConverter(button -> button == confirm ? input.getText().strip() : null);
    dialog.setOnShown(e -> input.requestFocus());
    return showAndWait(dialog);
  }

  /** Shows a dialog a feature built, owned and styled like every other, and waits for its result. */
  public <R> Optional<R> showAndWait(Dialog<R> dialog) {
    dialog.initOwner(owner);
    dialog.setTitle("Packdesk");
    if (owner != null && owner.getScene() != null) {
      dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
    }
    return dialog.showAndWait();
  }

  private static Node wrapped(String message) {
    Label text = new Label(message);
    text.setWrapText(true);
    text.setMaxWidth(520);
    return text;
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
