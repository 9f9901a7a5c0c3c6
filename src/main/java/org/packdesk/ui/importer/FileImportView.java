package org.packdesk.ui.importer;

import java.io.File;
import java.util.List;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.packdesk.app.AppContext;

/**
 * What every import dialog's content shares: a path field, Choose files/folder and drop, the list
 * of what was chosen, progress with cancel, and the result (a title, summary lines, a list of
 * details). The FXML of each dialog declares these parts with the same fx:ids.
 *
 * @param <R> the importer's report
 */
public abstract class FileImportView<R> {

  private final AppContext context;
  private final FileImportViewModel<R> viewModel;

  @FXML private VBox root;
  @FXML private TextField pathField;
  @FXML private Label pathError;
  @FXML private ListView<java.nio.file.Path> sourcesList;
  @FXML private VBox progressBox;
  @FXML private ProgressBar progressBar;
  @FXML private Label progressMessage;
  @FXML private VBox resultBox;
  @FXML private Label resultTitle;
  @FXML private GridPane summaryGrid;
  @FXML private ListView<String> detailsList;
  @FXML private Button startButton;
  @FXML private Button cancelButton;
  @FXML private Button closeButton;

  protected FileImportView(AppContext context, FileImportViewModel<R> viewModel) {
    this.context = context;
    this.viewModel = viewModel;
  }

  /** The result's title: what was imported, and what not. */
  protected abstract String title(R report);

  protected abstract List<String[]> summaryLines(R report);

  /** What the curator may want to read through: rejected files, skipped lines, warnings. */
  protected abstract List<String> details(R report);

  /** Choose files…: the chooser's title and the kinds of file it offers. */
  protected abstract FileChooser chooser();

  @FXML
  private void initialize() {
    pathField.textProperty().bindBidirectional(viewModel.typedPathProperty());
    pathError.textProperty().bind(viewModel.pathErrorProperty());
    pathError.visibleProperty().bind(viewModel.pathErrorProperty().isNotEmpty());
    pathError.managedProperty().bind(pathError.visibleProperty());
    sourcesList.setItems(viewModel.sources());
    startButton.disableProperty().bind(viewModel.canStart().not());
    cancelButton.visibleProperty().bind(viewModel.runningProperty());
    cancelButton.managedProperty().bind(cancelButton.visibleProperty());
    cancelButton.disableProperty().bind(viewModel.cancellingProperty());
    cancelButton.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.cancellingProperty())
        .then("Stopping\u2026").otherwise("Cancel import"));
    closeButton.disableProperty().bind(viewModel.runningProperty());
    progressBox.visibleProperty().bind(viewModel.runningProperty());
    progressBox.managedProperty().bind(progressBox.visibleProperty());
    resultBox.visibleProperty().bind(viewModel.reportProperty().isNotNull().or(viewModel.failureProperty().isNotEmpty()));
    resultBox.managedProperty().bind(resultBox.visibleProperty());
    viewModel.reportProperty().addListener((obs, old, report) -> showReport(report));
    viewModel.failureProperty().addListener((obs, old, text) -> {
      if (!text.isEmpty()) {
        resultTitle.setText(text);
      }
    });
    root.setOnDragOver(e -> {
      if (e.getDragboard().hasFiles()) {
        e.acceptTransferModes(TransferMode.COPY);
      }
      e.consume();
    });
    root.setOnDragDropped(e -> {
      viewModel.add(e.getDragboard().getFiles().stream().map(File::toPath).toList());
      e.setDropCompleted(true);
      e.consume();
    });
    connect();
  }

  /** Connects a dialog's own controls (its options) once the FXML is loaded; none by default. */
  protected void connect() {
  }

  @FXML
  private void addTypedPath() {
    viewModel.addTypedPath();
  }

  @FXML
  private void chooseFiles() {
    List<File> files = chooser().showOpenMultipleDialog(window());
    if (files != null) {
      viewModel.add(files.stream().map(File::toPath).toList());
    }
  }

  @FXML
  private void chooseFolder() {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle("Choose a folder");
    File folder = chooser.showDialog(window());
    if (folder != null) {
      viewModel.add(List.of(folder.toPath()));
    }
  }

  @FXML
  private void clearSources() {
    viewModel.sources().clear();
  }

  @FXML
  private void startImport() {
    Task<R> running = viewModel.createTask();
    progressBar.progressProperty().bind(running.progressProperty());
    progressMessage.textProperty().bind(running.messageProperty());
    context.tasks().submit(running);
    // On the final state, not isDone(): the FX thread may hear of it before the future is marked done.
    running.stateProperty().addListener((obs, old, state) -> {
      if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
        context.catalogChanged();
      }
    });
  }

  @FXML
  private void cancelImport() {
    viewModel.cancel();
  }

  @FXML
  private void close() {
    window().hide();
  }

  private void showReport(R report) {
    summaryGrid.getChildren().clear();
    if (report == null) {
      return;
    }
    resultTitle.setText(title(report));
    int row = 0;
    for (String[] line : summaryLines(report)) {
      Label label = new Label(line[0]);
      label.getStyleClass().add("text-muted");
      summaryGrid.addRow(row++, label, new Label(line[1]));
    }
    detailsList.getItems().setAll(details(report));
    detailsList.setVisible(!detailsList.getItems().isEmpty());
    detailsList.setManaged(detailsList.isVisible());
  }

  private Window window() {
    return root.getScene().getWindow();
  }
}
