package org.packdesk.ui.packages;

import java.time.Instant;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.PackageRow;
import org.packdesk.catalog.PackageSort;
import org.packdesk.catalog.search.SearchPages;
import org.packdesk.ui.browse.Columns;
import org.packdesk.ui.browse.PagedBrowseView;
import org.packdesk.ui.search.FacetPanel;

/**
 * The packages table, searched with the query language and paged, with facets beside it and the
 * chosen package's detail below.
 */
public final class PackagesView extends PagedBrowseView<PackageRow, PackageSort> {

  @FXML private TableColumn<PackageRow, String> nameColumn;
  @FXML private TableColumn<PackageRow, String> summaryColumn;
  @FXML private TableColumn<PackageRow, String> versionColumn;
  @FXML private TableColumn<PackageRow, String> licenseColumn;
  @FXML private TableColumn<PackageRow, Instant> updatedColumn;
  @FXML private TableColumn<PackageRow, Number> maintainersColumn;
  @FXML private TableColumn<PackageRow, Number> downloadsColumn;
  @FXML private PackageDetailView detailController;
  @FXML private Label queryError;
  @FXML private FacetPanel facets;

  private final AppContext context;
  private final PackagesViewModel viewModel;

  public PackagesView(AppContext context) {
    this(context, new PackagesViewModel(context.packagePager(),
        (query, sort, direction, pageSize) -> new SearchPages(context.catalogSearch(), context.packagePager(),
            query, sort, direction, pageSize),
        context.catalogSearch()::facets, inBackground(context)));
  }

  private PackagesView(AppContext context, PackagesViewModel viewModel) {
    super(context, viewModel);
    this.context = context;
    this.viewModel = viewModel;
  }

  @Override
  protected void connectTools() {
    queryError.textProperty().bind(viewModel.queryErrorProperty());
    queryError.visibleProperty().bind(viewModel.queryErrorProperty().isNotEmpty());
    queryError.managedProperty().bind(queryError.visibleProperty());
    HBox.setHgrow(queryError, Priority.ALWAYS);
    facets.show(viewModel.facets(), viewModel::narrow);
  }

  /** Names the current query; it then shows as a smart group in the navigation. */
  @FXML
  private void saveSearch() {
    String query = viewModel.savableQuery();
    if (query == null) {
      context.dialogs().showInfo("This query cannot be saved yet", viewModel.queryErrorProperty().get()
          + ". Correct it, then save it.");
      return;
    }
    context.dialogs().askText("Save this search",
        "Packages matching \u201c" + (query.isEmpty() ? "everything" : query) + "\u201d will show under Saved searches,"
            + " with their count.", "Name, e.g. Deprecated MIT packages", "Save")
        .ifPresent(name -> context.tasks().run(() -> context.savedSearches().save(name, query),
            id -> context.catalogChanged()));
  }

  /** Shows the packages matching {@code query} (a saved search being opened). */
  public void showQuery(String query) {
    viewModel.searchTextProperty().set(query);
    viewModel.refresh();
  }

  /** Shows every package (no query) and selects {@code packageId} wherever it stands. */
  public void showPackage(String packageId) {
    viewModel.searchTextProperty().set("");
    viewModel.chooseId(packageId);
  }

  @Override
  protected void defineColumns() {
    Columns.text(nameColumn, PackageRow::name);
    Columns.longText(summaryColumn, PackageRow::summary);
    Columns.text(versionColumn, PackageRow::latestVersion);
    Columns.text(licenseColumn, PackageRow::license);
    Columns.date(updatedColumn, PackageRow::lastUpdated, null);
    Columns.count(maintainersColumn, PackageRow::maintainers);
    Columns.count(downloadsColumn, PackageRow::downloads);
    sortsBy(nameColumn, PackageSort.NAME);
    sortsBy(versionColumn, PackageSort.LATEST);
    sortsBy(licenseColumn, PackageSort.LICENSE);
    sortsBy(updatedColumn, PackageSort.UPDATED);
    sortsBy(maintainersColumn, PackageSort.MAINTAINERS);
    sortsBy(downloadsColumn, PackageSort.DOWNLOADS);
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
