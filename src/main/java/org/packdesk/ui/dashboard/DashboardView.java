package org.packdesk.ui.dashboard;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.CatalogCounts;
import java.util.Locale;
import org.packdesk.catalog.DashboardQueries.MonthCount;
import org.packdesk.catalog.DashboardQueries.PackageSize;
import org.packdesk.ui.browse.Formats;
import org.packdesk.ui.common.CountAxis;
import org.packdesk.catalog.DashboardQueries.RecentRelease;
import org.packdesk.ui.importer.ImportDialog;
import org.packdesk.ui.trends.DownloadTrendChart;

/** Counts, the latest releases and release activity; a welcome while the catalog is empty. */
public final class DashboardView {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy");

  private final AppContext context;
  private final DashboardViewModel viewModel = new DashboardViewModel();

  @FXML private Pane welcome;
  @FXML private Pane overview;
  @FXML private Pane reading;
  @FXML private Label catalogPath;
  @FXML private Label packagesCount;
  @FXML private Label releasesCount;
  @FXML private Label usersCount;
  @FXML private Label maintainersCount;
  @FXML private Label downloadsCount;
  @FXML private TableView<RecentRelease> latestTable;
  @FXML private TableColumn<RecentRelease, String> latestPackageColumn;
  @FXML private TableColumn<RecentRelease, String> latestVersionColumn;
  @FXML private TableColumn<RecentRelease, String> latestDateColumn;
  @FXML private BarChart<String, Number> perMonthChart;
  @FXML private DownloadTrendChart trendChart;
  @FXML private TableView<PackageSize> largestTable;
  @FXML private TableColumn<PackageSize, String> largestPackageColumn;
  @FXML private TableColumn<PackageSize, String> largestSizeColumn;
  @FXML private TableColumn<PackageSize, String> largestReleasesColumn;

  public DashboardView(AppContext context) {
    this.context = context;
  }

  @FXML
  private void initialize() {
    catalogPath.setText(context.catalogDescription());
    welcome.visibleProperty().bind(viewModel.loadedProperty().and(viewModel.emptyProperty()));
    welcome.managedProperty().bind(welcome.visibleProperty());
    overview.visibleProperty().bind(viewModel.loadedProperty().and(viewModel.emptyProperty().not()));
    // a big catalog takes a moment to count: a spinner until the first snapshot arrives
    reading.visibleProperty().bind(viewModel.loadedProperty().not());
    reading.managedProperty().bind(reading.visibleProperty());
    overview.managedProperty().bind(overview.visibleProperty());
    bindCount(packagesCount, CatalogCounts::packages);
    bindCount(releasesCount, CatalogCounts::releases);
    bindCount(usersCount, CatalogCounts::users);
    bindCount(maintainersCount, CatalogCounts::maintainers);
    bindCount(downloadsCount, CatalogCounts::downloads);

    latestPackageColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().packageName()));
    latestPackageColumn.setCellFactory(c -> packageLink(RecentRelease::packageId));
    latestVersionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().version()));
    latestDateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(DATE.format(c.getValue().created())));
    latestTable.setItems(viewModel.latestReleases());
    Locale locale = Locale.getDefault();
    largestPackageColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().packageName()));
    largestPackageColumn.setCellFactory(c -> packageLink(PackageSize::packageId));
    largestSizeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Formats.bytes(c.getValue().bytes(), locale)));
    largestReleasesColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Formats.count(c.getValue().releases(), locale)));
    largestTable.setItems(viewModel.largestPackages());
    viewModel.releasesPerMonth().addListener((javafx.collections.ListChangeListener<MonthCount>) c -> fillChart());

    trendChart.connect(context);
    trendChart.showCatalog();

    context.catalogRevisionProperty().addListener((obs, old, now) -> reload());
    reload();
  }

  /** A cell showing a package's name as a link that opens it in the Packages section. */
  private <R> javafx.scene.control.TableCell<R, String> packageLink(Function<R, String> packageId) {
    return new javafx.scene.control.TableCell<>() {
      private final javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink();

      @Override
      protected void updateItem(String name, boolean empty) {
        super.updateItem(name, empty);
        if (empty || name == null || getTableRow() == null || getTableRow().getItem() == null) {
          setGraphic(null);
          return;
        }
        String id = packageId.apply(getTableRow().getItem());
        link.setText(name);
        link.setOnAction(e -> context.openPackage(id));
        setGraphic(link);
      }
    };
  }

  @FXML
  private void openImport() {
    ImportDialog.show(context, welcome.getScene().getWindow());
  }

  private void bindCount(Label label, Function<CatalogCounts, Long> count) {
    label.textProperty().bind(Bindings.createStringBinding(
        () -> String.format("%,d", count.apply(viewModel.countsProperty().get())), viewModel.countsProperty()));
  }

  private void fillChart() {
    XYChart.Series<String, Number> series = new XYChart.Series<>();
    series.setName("Releases");
    for (MonthCount month : viewModel.releasesPerMonth()) {
      series.getData().add(new XYChart.Data<>(MONTH.format(month.month()), month.releases()));
    }
    CountAxis.fit((NumberAxis) perMonthChart.getYAxis(),
        viewModel.releasesPerMonth().stream().mapToLong(MonthCount::releases).max().orElse(0));
    perMonthChart.getData().setAll(java.util.List.of(series));
  }

  private void reload() {
    context.tasks().run(() -> new DashboardViewModel.Snapshot(
        context.statistics().counts(),
        context.dashboardQueries().latestReleases(10),
        context.dashboardQueries().releasesPerMonth(24),
        context.dashboardQueries().largestPackages(10)), viewModel::show);
  }
}
