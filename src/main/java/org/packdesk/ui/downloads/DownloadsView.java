package org.packdesk.ui.downloads;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.DownloadRow;
import org.packdesk.catalog.DownloadSort;
import org.packdesk.ui.browse.Columns;
import org.packdesk.ui.browse.PagedBrowseView;
import org.packdesk.ui.importer.DownloadImportDialog;

/**
 * Download events, newest first, paged by the database (tens of millions of rows), searched by
 * package, user agent or IP address and narrowed by package, installer, Python, system and dates;
 * the chosen download's client shows beside the table. The date and package columns sort.
 */
public final class DownloadsView extends PagedBrowseView<DownloadRow, DownloadSort> {

  private final AppContext context;
  private final DownloadsViewModel viewModel;

  @FXML private TableColumn<DownloadRow, Instant> dateColumn;
  @FXML private TableColumn<DownloadRow, String> packageColumn;
  @FXML private TableColumn<DownloadRow, String> versionColumn;
  @FXML private TableColumn<DownloadRow, String> ipColumn;
  @FXML private TableColumn<DownloadRow, String> userAgentColumn;
  @FXML private TextField packageFilter;
  @FXML private ComboBox<String> installerFilter;
  @FXML private ComboBox<String> pythonFilter;
  @FXML private ComboBox<String> systemFilter;
  @FXML private DatePicker fromDate;
  @FXML private DatePicker toDate;
  @FXML private Button resetButton;
  @FXML private DownloadDetailView detailController;

  public DownloadsView(AppContext context) {
    this(context, new DownloadsViewModel(context.downloadPages()::search, context.downloadQueries()::choices,
        inBackground(context), ZoneId.systemDefault()));
  }

  private DownloadsView(AppContext context, DownloadsViewModel viewModel) {
    super(context, viewModel);
    this.context = context;
    this.viewModel = viewModel;
  }

  @Override
  protected void defineColumns() {
    Columns.dateTime(dateColumn, DownloadRow::created);
    Columns.text(packageColumn, DownloadRow::packageName);
    Columns.text(versionColumn, DownloadRow::version);
    Columns.text(ipColumn, DownloadRow::ipAddress);
    Columns.longText(userAgentColumn, DownloadRow::userAgent);
    sortsBy(dateColumn, DownloadSort.DATE);
    sortsBy(packageColumn, DownloadSort.PACKAGE);
  }

  @Override
  protected void connectTools() {
    packageFilter.textProperty().bindBidirectional(viewModel.packageNameProperty());
    searchesAfterTyping(packageFilter.textProperty());
    installerFilter.setItems(viewModel.installerChoices());
    installerFilter.valueProperty().bindBidirectional(viewModel.installerProperty());
    pythonFilter.setItems(viewModel.pythonChoices());
    pythonFilter.valueProperty().bindBidirectional(viewModel.pythonProperty());
    systemFilter.setItems(viewModel.systemChoices());
    systemFilter.valueProperty().bindBidirectional(viewModel.systemProperty());
    fromDate.valueProperty().bindBidirectional(viewModel.fromProperty());
    toDate.valueProperty().bindBidirectional(viewModel.toProperty());
    followsFilters(resetButton, viewModel.filtered(), viewModel::loadChoices);
  }

  @Override
  protected void tableReady(TableView<DownloadRow> table) {
    viewModel.chosenProperty().addListener((obs, old, id) -> detailController.show((Long) id));
  }

  @FXML
  private void resetFilters() {
    viewModel.resetFilters();
  }

  @FXML
  private void importDownloads() {
    DownloadImportDialog.show(context, packageFilter.getScene().getWindow());
  }

}
