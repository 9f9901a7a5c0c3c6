package org.packdesk.ui.reports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.Chart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import org.packdesk.report.ReportResult;
import org.packdesk.report.export.ChartPoints;
import org.packdesk.ui.common.CountAxis;

/** A report's chart as a JavaFX chart: the same points the exports draw. */
final class ReportCharts {

  /**
   * Axis labels at most this long keep their start and their end ("dotenv-v\u2026ead 1.0.9": a
   * release's version stays readable); the whole label is in the bar's tooltip. Twenty labels of
   * a package and a version, drawn whole, stood on end and left the bars no room at all.
   */
  static final int LABEL_MAX = 18;
  /**
   * The height a ranking's bar needs for its label to be drawn (the axis leaves out labels that
   * would touch), and the height of the rest of the chart: a ranking taller than the room it has
   * scrolls rather than losing every other label, its first row's among them.
   */
  static final double BAR_ROW = 18;
  static final double BAR_FRAME = 70;

  private ReportCharts() {
  }

  /** The chart of {@code result}, or empty when its report has none or it has no rows. */
  static Optional<Chart> of(ReportResult result) {
    if (result.definition().chartSpec().isEmpty() || result.rows().isEmpty()) {
      return Optional.empty();
    }
    ChartPoints points = ChartPoints.of(result, result.definition().chartSpec().get());
    Chart chart = switch (points.kind()) {
      case PIE -> pie(points);
      case BAR -> bars(points);
      case LINE -> line(points);
    };
    chart.setAnimated(false);
    chart.setId("reportChartView");
    chart.getStyleClass().add("report-chart");
    return Optional.of(chart);
  }

  /**
   * A ranking as horizontal bars, the first row at the top: the labels (a package and its
   * version) read across rather than standing on end, and the bars are as thick as their category
   * allows (JavaFX's default gaps left 20 bars a few pixels wide each).
   */
  private static Chart bars(ChartPoints points) {
    BarChart<Number, String> bars = new BarChart<>(new NumberAxis(), new CategoryAxis());
    bars.setCategoryGap(4);
    bars.setBarGap(1);
    fill(bars, points, true, (label, value) -> new XYChart.Data<>(value, label));
    bars.setMinHeight(BAR_FRAME + BAR_ROW * points.shown().size() * points.seriesNames().size());
    bars.getStyleClass().add("ranking-chart");
    CountAxis.fit((NumberAxis) bars.getXAxis(), largest(points));
    return bars;
  }

  private static Chart line(ChartPoints points) {
    LineChart<String, Number> line = new LineChart<>(new CategoryAxis(), new NumberAxis());
    fill(line, points, false, XYChart.Data::new);
    ((CategoryAxis) line.getXAxis()).setTickLabelRotation(-40);
    CountAxis.fit((NumberAxis) line.getYAxis(), largest(points));
    line.setCreateSymbols(points.shown().size() <= 40);
    return line;
  }

  /** The largest value the chart draws, in any series. */
  private static long largest(ChartPoints points) {
    return points.shown().stream().flatMap(point -> point.values().stream()).mapToLong(Long::longValue).max().orElse(0);
  }

  private static Chart pie(ChartPoints points) {
    PieChart pie = new PieChart();
    points.shown().forEach(point -> pie.getData().add(new PieChart.Data(point.label(), point.values().get(0))));
    pie.setLegendVisible(true);
    pie.setLabelsVisible(true);
    return pie;
  }

  /**
   * Adds a series per value column, a point per shown row, each with its whole label and value in
   * a tooltip; {@code reversed} puts the rows in from the last, for an axis drawn bottom up.
   */
  private static <X, Y> void fill(XYChart<X, Y> chart, ChartPoints points, boolean reversed,
      BiFunction<String, Long, XYChart.Data<X, Y>> point) {
    List<String> names = points.seriesNames();
    List<ChartPoints.Point> shown = new ArrayList<>(points.shown());
    if (reversed) {
      Collections.reverse(shown);
    }
    List<String> labels = shown.stream().map(ChartPoints.Point::label).toList();
    List<String> axis = axisLabels(labels);
    for (int s = 0; s < names.size(); s++) {
      XYChart.Series<X, Y> series = new XYChart.Series<>();
      series.setName(names.get(s));
      for (int i = 0; i < labels.size(); i++) {
        Long value = shown.get(i).values().get(s);
        XYChart.Data<X, Y> data = point.apply(axis.get(i), value);
        String tip = labels.get(i) + ": " + String.format("%,d", value);
        data.nodeProperty().addListener((obs, old, node) -> {
          if (node != null) {
            Tooltip.install(node, new Tooltip(tip));
          }
        });
        series.getData().add(data);
      }
      chart.getData().add(series);
    }
    chart.setLegendVisible(names.size() > 1);
  }

  /**
   * The labels as the axis shows them: each at most {@link #LABEL_MAX} long, or all of them whole
   * should two shortened ones read the same (the axis tells its categories by their text).
   */
  static List<String> axisLabels(List<String> labels) {
    List<String> shortened = labels.stream().map(ReportCharts::shorten).toList();
    return new HashSet<>(shortened).size() == new HashSet<>(labels).size() ? shortened : labels;
  }

  /** {@code label} with its middle left out when it is longer than {@link #LABEL_MAX}. */
  static String shorten(String label) {
    if (label.length() <= LABEL_MAX) {
      return label;
    }
    int tail = LABEL_MAX / 2;
    int head = LABEL_MAX - 1 - tail;
    return label.substring(0, head) + "\u2026" + label.substring(label.length() - tail);
  }
}
