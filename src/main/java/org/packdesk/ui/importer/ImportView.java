package org.packdesk.ui.importer;

import java.io.File;
import java.nio.file.Path;
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
import org.packdesk.importer.ImportReport;

/** The Import PyPI metadata dialog's content. */
public final class ImportView {

  private final AppContext context;
  private final ImportViewModel viewModel;
  private Task<ImportReport> running;

  @FXML private VBox root;
  @FXML private TextField pathField;
  @FXML private Label pathError;
  @FXML private ListView<Path> sourcesList;
  @FXML private VBox progressBox;
  @FXML private ProgressBar progressBar;
  @FXML private Label progressMessage;
  @FXML private VBox resultBox;
  @FXML private Label resultTitle;
  @FXML private GridPane summaryGrid;
  @FXML private ListView<String> rejectedList;
  @FXML private Button startButton;
  @FXML private Button cancelButton;
  @FXML private Button closeButton;

  public ImportView(AppContext context) {
    this.context = context;
    this.viewModel = new ImportViewModel((files, progress, cancelled) ->
        context.importer().importFiles(files, progress, cancelled));
  }

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
  }

  @FXML
  private void addTypedPath() {
    viewModel.addTypedPath();
  }

  @FXML
  private void chooseFiles() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Choose PyPI JSON files");
    chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PyPI JSON (*.json)", "*.json"),
        new FileChooser.ExtensionFilter("All files", "*"));
    List<File> files = chooser.showOpenMultipleDialog(window());
    if (files != null) {
      viewModel.add(files.stream().map(File::toPath).toList());
    }
  }

  @FXML
  private void chooseFolder() {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle("Choose a folder of PyPI JSON files");
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
    running = viewModel.createTask();
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
    if (running != null) {
      running.cancel(false);
    }
  }

  @FXML
  private void close() {
    window().hide();
  }

  private void showReport(ImportReport report) {
    summaryGrid.getChildren().clear();
    if (report == null) {
      return;
    }
    resultTitle.setText(report.rejected().isEmpty()
        ? String.format("Imported %,d files.", report.imported())
        : String.format("Imported %,d files; %,d were rejected and left out.", report.imported(), report.rejected().size()));
    int row = 0;
    for (String[] line : report.summaryLines()) {
      Label label = new Label(line[0]);
      label.getStyleClass().add("text-muted");
      summaryGrid.addRow(row++, label, new Label(line[1]));
    }
    rejectedList.getItems().setAll(report.rejected().stream().map(Object::toString).toList());
    rejectedList.setVisible(!report.rejected().isEmpty());
    rejectedList.setManaged(rejectedList.isVisible());
  }

  private Window window() {
    return root.getScene().getWindow();
  }
}
