package org.packdesk.ui.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.packdesk.app.AppContext;
import org.packdesk.report.ReportColumn;
import org.packdesk.report.ReportDefinition;
import org.packdesk.report.ReportParameter;
import org.packdesk.report.ReportResult;
import org.packdesk.report.export.ExportFormat;
import org.packdesk.report.export.ReportFiles;
import org.packdesk.ui.browse.Formats;
import org.packdesk.ui.browse.TwoLineCell;
import org.packdesk.ui.common.DialogService;

/**
 * Reports: pick one, set its parameters, run it (in the background) and preview it as a table and
 * a chart, then export it to a file.
 */
public final class ReportsView {

  private final AppContext context;
  private final ReportsViewModel viewModel;

  @FXML private ListView<ReportDefinition> reportList;
  @FXML private Pane reportPane;
  @FXML private Pane noReport;
  @FXML private Label reportTitle;
  @FXML private Label reportDescription;
  @FXML private HBox parameterForm;
  @FXML private Button runButton;
  @FXML private Label errorLabel;
  @FXML private TableView<List<Object>> previewTable;
  @FXML private StackPane chartHolder;
  @FXML private ScrollPane chartScroll;
  @FXML private Label noChartLabel;
  @FXML private Label statusLabel;
  @FXML private Hyperlink openFileLink;
  @FXML private Hyperlink openFolderLink;
  @FXML private ChoiceBox<ExportFormat> formatChoice;
  @FXML private Button exportButton;

  public ReportsView(AppContext context) {
    this.context = context;
    this.viewModel = new ReportsViewModel(context.reports().all());
  }

  @FXML
  private void initialize() {
    reportList.setItems(viewModel.reports());
    reportList.setCellFactory(list -> new TwoLineCell<>(ReportDefinition::title, ReportDefinition::description));
    reportList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> viewModel.select(now));
    reportPane.visibleProperty().bind(viewModel.selectedProperty().isNotNull());
    noReport.visibleProperty().bind(viewModel.selectedProperty().isNull());
    viewModel.selectedProperty().addListener((obs, old, report) -> showReport(report));
    viewModel.fields().addListener((ListChangeListener<ReportsViewModel.ParameterField>) change -> buildForm());

    runButton.disableProperty().bind(viewModel.canRun().not());
    errorLabel.textProperty().bind(viewModel.errorProperty());
    errorLabel.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
    errorLabel.managedProperty().bind(errorLabel.visibleProperty());
    statusLabel.textProperty().bind(viewModel.statusProperty());
    openFileLink.visibleProperty().bind(viewModel.exportedProperty().isNotNull());
    openFolderLink.visibleProperty().bind(viewModel.exportedProperty().isNotNull());
    formatChoice.getItems().setAll(ExportFormat.values());
    formatChoice.setConverter(new StringConverter<>() {
      @Override
      public String toString(ExportFormat format) {
        return format == null ? "" : format.description();
      }

      @Override
      public ExportFormat fromString(String text) {
        return ExportFormat.of(text);
      }
    });
    formatChoice.valueProperty().bindBidirectional(viewModel.formatProperty());
    exportButton.disableProperty().bind(viewModel.canExport().not());
    viewModel.resultProperty().addListener((obs, old, result) -> showResult(result));
  }

  private void showReport(ReportDefinition report) {
    if (report != null) {
      reportTitle.setText(report.title());
      reportDescription.setText(report.description());
    }
  }

  /** One labelled field per parameter, its help as prompt and tooltip; Enter runs the report. */
  private void buildForm() {
    parameterForm.getChildren().clear();
    for (ReportsViewModel.ParameterField field : viewModel.fields()) {
      ReportParameter parameter = field.parameter();
      TextField input = new TextField();
      input.setId("param-" + parameter.key());
      input.textProperty().bindBidirectional(field.textProperty());
      input.setPromptText(parameter.kind() == ReportParameter.Kind.DATE ? "YYYY-MM-DD" : parameter.defaultText());
      input.setPrefColumnCount(parameter.kind() == ReportParameter.Kind.DATE ? 9 : 5);
      input.setTooltip(new Tooltip(parameter.help()));
      input.setOnAction(e -> run());
      Label label = new Label(parameter.label());
      label.setLabelFor(input);
      label.getStyleClass().add("report-parameter-label");
      VBox box = new VBox(4, label, input);
      box.getStyleClass().add("report-parameter");
      parameterForm.getChildren().add(box);
    }
  }

  @FXML
  private void run() {
    ReportDefinition report = viewModel.selectedProperty().get();
    if (report == null || viewModel.busyProperty().get()) {
      return;
    }
    viewModel.parameters().ifPresent(parameters -> {
      viewModel.runStarted();
      context.tasks().run(() -> context.reportRunner().run(report, parameters), viewModel::showResult, error -> {
        viewModel.failed("The report", DialogService.messageOf(error));
        context.dialogs().showError(error);
      });
    });
  }

  @FXML
  private void export() {
    ReportResult result = viewModel.resultProperty().get();
    ExportFormat format = viewModel.formatProperty().get();
    if (result == null || format == null) {
      return;
    }
    context.dialogs().chooseSaveFile("Export " + result.title(), viewModel.exportFolder(),
            viewModel.suggestedFileName(LocalDate.now()), format.description(), format.extension())
        .ifPresent(file -> {
          viewModel.exportStarted(file);
          context.tasks().run(() -> {
            ReportFiles.export(result, format, file);
            return file;
          }, viewModel::exportDone, error -> {
            viewModel.failed("The export", DialogService.messageOf(error));
            context.dialogs().showError("Could not export the report", DialogService.messageOf(error)
                + "\n\nNothing was written. Check that the folder exists and can be written to.", error);
          });
        });
  }

  @FXML
  private void openFile() {
    Path file = viewModel.exportedProperty().get();
    if (file != null) {
      context.browser().open(file.toUri().toString());
    }
  }

  @FXML
  private void openFolder() {
    Path folder = viewModel.exportFolder();
    if (folder != null) {
      context.browser().open(folder.toUri().toString());
    }
  }

  private void showResult(ReportResult result) {
    previewTable.getColumns().clear();
    previewTable.getItems().clear();
    chartHolder.getChildren().setAll(noChartLabel);
    if (result == null) {
      noChartLabel.setText("Run the report to see its chart here.");
      return;
    }
    noChartLabel.setText(result.definition().chartSpec().isEmpty() ? "This report has no chart: its table says it all."
        : "No rows to draw.");
    Locale locale = Locale.getDefault();
    for (int i = 0; i < result.columns().size(); i++) {
      previewTable.getColumns().add(column(result.columns().get(i), i, locale));
    }
    previewTable.getItems().setAll(result.rows());
    ReportCharts.of(result).ifPresent(chart -> chartHolder.getChildren().setAll(chart));
    chartScroll.setVvalue(0); // a new ranking starts at its first row
  }

  private static TableColumn<List<Object>, Object> column(ReportColumn definition, int index, Locale locale) {
    TableColumn<List<Object>, Object> column = new TableColumn<>(definition.title());
    column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().get(index)));
    column.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(Object value, boolean empty) {
        super.updateItem(value, empty);
        setText(empty || value == null ? null : text(value, locale));
      }
    });
    if (definition.type().isNumeric()) {
      column.getStyleClass().add("number-column");
    }
    column.setPrefWidth(definition.type() == org.packdesk.report.ColumnType.TEXT ? 200 : 110);
    return column;
  }

  private static String text(Object value, Locale locale) {
    if (value instanceof Long number) {
      return Formats.count(number, locale);
    }
    return value.toString(); // dates and months in ISO form, as the exports write them
  }
}
