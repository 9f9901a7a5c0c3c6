package org.packdesk.ui.packages;

import java.time.Instant;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.packdesk.model.LifecycleStatus;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.PackageRow;
import org.packdesk.catalog.PackageCriteria;
import org.packdesk.catalog.PackageSort;
import org.packdesk.ui.browse.PagedBrowseView;
import org.packdesk.ui.browse.Columns;

/** The packages table, searched by name or summary, with the chosen package's detail below it. */
public final class PackagesView extends PagedBrowseView<PackageRow, PackageSort> {

  @FXML private TableColumn<PackageRow, String> nameColumn;
  @FXML private TableColumn<PackageRow, String> summaryColumn;
  @FXML private TableColumn<PackageRow, String> versionColumn;
  @FXML private TableColumn<PackageRow, String> licenseColumn;
  @FXML private TableColumn<PackageRow, Instant> updatedColumn;
  @FXML private TableColumn<PackageRow, Number> maintainersColumn;
  @FXML private PackageDetailView detailController;
  @FXML private ComboBox<String> licenseFilter;
  @FXML private ComboBox<String> languageFilter;
  @FXML private ComboBox<LifecycleStatus> lifecycleFilter;
  @FXML private TextField maintainerFilter;
  @FXML private CheckBox yankedFilter;
  @FXML private Button resetFilters;

  private final AppContext context;
  private final PackagesViewModel viewModel;

  public PackagesView(AppContext context) {
    this(context, new PackagesViewModel(context.packagePager(), PackageCriteria::of,
        context.packageSearch()::filterChoices, inBackground(context)));
  }

  private PackagesView(AppContext context, PackagesViewModel viewModel) {
    super(context, viewModel);
    this.context = context;
    this.viewModel = viewModel;
  }

  @Override
  protected void connectTools() {
    licenseFilter.setItems(viewModel.licenseChoices());
    licenseFilter.valueProperty().bindBidirectional(viewModel.licenseProperty());
    languageFilter.setItems(viewModel.languageChoices());
    languageFilter.valueProperty().bindBidirectional(viewModel.languageProperty());
    lifecycleFilter.getItems().setAll(LifecycleStatus.values());
    lifecycleFilter.valueProperty().bindBidirectional(viewModel.lifecycleProperty());
    lifecycleFilter.setConverter(new StringConverter<>() {
      @Override
      public String toString(LifecycleStatus status) {
        return status == null ? "Any lifecycle" : status.dbValue();
      }

      @Override
      public LifecycleStatus fromString(String text) {
        return null;
      }
    });
    maintainerFilter.textProperty().bindBidirectional(viewModel.maintainerProperty());
    maintainerFilter.setOnAction(e -> viewModel.refresh());
    yankedFilter.selectedProperty().bindBidirectional(viewModel.withYankedProperty());
    resetFilters.visibleProperty().bind(viewModel.filtered());
    resetFilters.managedProperty().bind(resetFilters.visibleProperty());
    context.catalogRevisionProperty().addListener((obs, old, now) -> viewModel.loadChoices());
    viewModel.loadChoices();
  }

  /** Finds {@code packageId} (all filters and words off) and selects it wherever it stands. */
  public void showPackage(String packageId) {
    viewModel.resetFilters();
    viewModel.searchTextProperty().set("");
    viewModel.chooseId(packageId);
  }

  @FXML
  private void resetFilters() {
    viewModel.resetFilters();
  }

  @Override
  protected void defineColumns() {
    Columns.text(nameColumn, PackageRow::name);
    Columns.longText(summaryColumn, PackageRow::summary);
    Columns.text(versionColumn, PackageRow::latestVersion);
    Columns.text(licenseColumn, PackageRow::license);
    Columns.date(updatedColumn, PackageRow::lastUpdated, null);
    Columns.count(maintainersColumn, PackageRow::maintainers);
    sortsBy(nameColumn, PackageSort.NAME);
    sortsBy(versionColumn, PackageSort.LATEST);
    sortsBy(licenseColumn, PackageSort.LICENSE);
    sortsBy(updatedColumn, PackageSort.UPDATED);
    sortsBy(maintainersColumn, PackageSort.MAINTAINERS);
  }

  /** The chosen row's package shows in the detail; Enter or a double-click opens the editor. */
  @Override
  protected void tableReady(TableView<PackageRow> table) {
    viewModel.chosenProperty().addListener((obs, old, id) -> {
      if (id == null && old != null) {
        detailController.showNotListed((String) old);
      } else {
        detailController.show((String) id);
      }
    });
    detailController.followCatalogChanges();
    table.setRowFactory(t -> {
      TableRow<PackageRow> row = new TableRow<>();
      row.setOnMouseClicked(e -> {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()
            && row.getItem().id() != null) {
          detailController.edit(row.getItem().id());
        }
      });
      return row;
    });
    table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null
          && table.getSelectionModel().getSelectedItem().id() != null) {
        detailController.edit(table.getSelectionModel().getSelectedItem().id());
        e.consume();
      }
    });
  }
}
