package org.packdesk.ui.trends;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.DownloadTrend;
import org.packdesk.catalog.DownloadTrend.Granularity;
import org.packdesk.catalog.DownloadTrend.Point;
import org.packdesk.ui.browse.BrowseView;
import org.packdesk.ui.common.CountAxis;
import org.packdesk.ui.importer.DownloadImportDialog;

/**
 * Downloads over time as bars, per day, week or month (a toggle), for a package or the whole
 * catalog; without downloads, it says so and offers the import. Declared in FXML as
 * {@code <DownloadTrendChart fx:id="trend" id="packageTrend" compact="true"/>}, then connected
 * by its view with {@link #connect}. The id names its parts: {@code <id>Chart}, {@code <id>Empty},
 * {@code <id>Caption} and the toggles {@code <id>Day}, {@code <id>Week}, {@code <id>Month}.
 */
public class DownloadTrendChart extends VBox {

  private final Label title = new Label("Downloads");
  private final Label caption = new Label();
  private final ToggleGroup periods = new ToggleGroup();
  private final ToggleButton day = toggle("Day", Granularity.DAY, Styles.LEFT_PILL);
  private final ToggleButton week = toggle("Week", Granularity.WEEK, Styles.CENTER_PILL);
  private final ToggleButton month = toggle("Month", Granularity.MONTH, Styles.RIGHT_PILL);
  private final CategoryAxis xAxis = new CategoryAxis();
  private final NumberAxis countAxis = new NumberAxis();
  private final BarChart<String, Number> chart = new BarChart<>(xAxis, countAxis);
  private final Label emptyText = new Label();
  private final Hyperlink importLink = new Hyperlink("Import downloads\u2026");
  private final HBox empty = new HBox(emptyText, new Label("\u2014"), importLink);
  private final ProgressIndicator loading = new ProgressIndicator();
  private final BooleanProperty compact = new SimpleBooleanProperty(this, "compact");
  private DownloadTrendViewModel viewModel;

  public DownloadTrendChart() {
    getStyleClass().add("trend-chart");
    title.getStyleClass().add("trend-title");
    caption.getStyleClass().addAll("text-muted", "trend-caption");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox header = new HBox(title, spacer, day, week, month);
    header.getStyleClass().add("trend-header");
    title.setMinWidth(Region.USE_PREF_SIZE);
    chart.setAnimated(false);
    chart.setCategoryGap(3);
    chart.setBarGap(0);
    chart.setLegendVisible(false);
    chart.getStyleClass().add("trend-bars");
    empty.getStyleClass().add("trend-empty");
    loading.getStyleClass().add("small-progress");
    StackPane body = new StackPane(chart, empty, loading);
    VBox.setVgrow(body, Priority.ALWAYS);
    getChildren().addAll(header, caption, body);
    compact.addListener((obs, was, now) -> {
      pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("compact"), now);
      xAxis.setTickLabelsVisible(!now);
      chart.setVerticalGridLinesVisible(!now);
    });
    idProperty().addListener((obs, old, id) -> {
      chart.setId(id == null ? null : id + "Chart");
      empty.setId(id == null ? null : id + "Empty");
      caption.setId(id == null ? null : id + "Caption");
      day.setId(id == null ? null : id + "Day");
      week.setId(id == null ? null : id + "Week");
      month.setId(id == null ? null : id + "Month");
    });
  }

  private ToggleButton toggle(String text, Granularity granularity, String pill) {
    ToggleButton button = new ToggleButton(text);
    button.setUserData(granularity);
    button.setToggleGroup(periods);
    button.getStyleClass().addAll(pill, Styles.SMALL);
    button.setMinWidth(Region.USE_PREF_SIZE);
    return button;
  }

  /** Small, for a detail pane: no dates under the bars (their tooltips and the caption tell). */
  public boolean isCompact() {
    return compact.get();
  }

  public void setCompact(boolean value) {
    compact.set(value);
  }

  /** Reads trends through the context's services in the background, and again when the catalog changes. */
  public void connect(AppContext context) {
    viewModel = new DownloadTrendViewModel(context.downloadTrends()::recent, BrowseView.inBackground(context));
    periods.selectToggle(week);
    periods.selectedToggleProperty().addListener((obs, old, now) -> {
      if (now == null) {
        periods.selectToggle(old); // a period length is always chosen
      } else {
        viewModel.granularityProperty().set((Granularity) now.getUserData());
      }
    });
    caption.textProperty().bind(viewModel.captionProperty());
    emptyText.textProperty().bind(viewModel.emptyTextProperty());
    chart.visibleProperty().bind(viewModel.stateProperty().isEqualTo(DownloadTrendViewModel.State.SHOWN));
    empty.visibleProperty().bind(viewModel.stateProperty().isEqualTo(DownloadTrendViewModel.State.EMPTY));
    loading.visibleProperty().bind(viewModel.stateProperty().isEqualTo(DownloadTrendViewModel.State.LOADING));
    // only what shows takes room: an empty state is one line, not a blank chart's height
    chart.managedProperty().bind(chart.visibleProperty());
    empty.managedProperty().bind(empty.visibleProperty());
    // with nothing imported there is no period to choose and nothing to caption: two short lines in all
    for (ToggleButton period : List.of(day, week, month)) {
      period.visibleProperty().bind(empty.visibleProperty().not());
      period.managedProperty().bind(period.visibleProperty());
    }
    caption.managedProperty().bind(caption.textProperty().isNotEmpty());
    viewModel.trendProperty().addListener((obs, old, trend) -> draw(trend));
    importLink.setOnAction(e -> DownloadImportDialog.show(context, getScene().getWindow()));
    context.catalogRevisionProperty().addListener((obs, old, now) -> viewModel.reload());
  }

  /** Shows the downloads of one package. */
  public void showPackage(String packageId) {
    viewModel.showPackage(packageId);
  }

  /** Shows the downloads of the whole catalog. */
  public void showCatalog() {
    viewModel.showCatalog();
  }

  private void draw(DownloadTrend trend) {
    XYChart.Series<String, Number> series = new XYChart.Series<>();
    List<Point> points = trend == null ? List.of() : trend.points();
    for (Point point : points) {
      XYChart.Data<String, Number> bar = new XYChart.Data<>(DownloadTrendViewModel.label(point, trend.granularity()),
          point.downloads());
      series.getData().add(bar);
    }
    CountAxis.fit(countAxis, points.stream().mapToLong(Point::downloads).max().orElse(0));
    chart.getData().setAll(List.of(series));
    // the bars' nodes exist once the series is in the chart
    for (int i = 0; i < points.size(); i++) {
      Tooltip.install(series.getData().get(i).getNode(),
          new Tooltip(DownloadTrendViewModel.describe(points.get(i), trend.granularity())));
    }
  }
}
