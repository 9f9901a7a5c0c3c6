package org.packdesk.ui.reports;

import java.util.List;
import java.util.Optional;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.Chart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import org.packdesk.report.ReportResult;
import org.packdesk.report.export.ChartPoints;

/** A report's chart as a JavaFX chart: the same points the exports draw. */
final class ReportCharts {

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
      case BAR -> xy(bars(), points);
      case LINE -> xy(new LineChart<>(new CategoryAxis(), new NumberAxis()), points);
    };
    chart.setAnimated(false);
    chart.setId("reportChartView");
    chart.getStyleClass().add("report-chart");
    return Optional.of(chart);
  }

  /** Bars as wide as their category allows: JavaFX's default gaps left 20 bars a few pixels wide each. */
  private static BarChart<String, Number> bars() {
    BarChart<String, Number> bars = new BarChart<>(new CategoryAxis(), new NumberAxis());
    bars.setCategoryGap(4);
    bars.setBarGap(1);
    return bars;
  }

  private static Chart pie(ChartPoints points) {
    PieChart pie = new PieChart();
    points.shown().forEach(point -> pie.getData().add(new PieChart.Data(point.label(), point.values().get(0))));
    pie.setLegendVisible(true);
    pie.setLabelsVisible(true);
    return pie;
  }

  private static Chart xy(XYChart<String, Number> chart, ChartPoints points) {
    List<String> names = points.seriesNames();
    for (int s = 0; s < names.size(); s++) {
      XYChart.Series<String, Number> series = new XYChart.Series<>();
      series.setName(names.get(s));
      for (ChartPoints.Point point : points.shown()) {
        series.getData().add(new XYChart.Data<>(point.label(), point.values().get(s)));
      }
      chart.getData().add(series);
    }
    chart.setLegendVisible(names.size() > 1);
    ((CategoryAxis) chart.getXAxis()).setTickLabelRotation(-40);
    ((NumberAxis) chart.getYAxis()).setMinorTickVisible(false);
    if (chart instanceof LineChart<String, Number> line) {
      line.setCreateSymbols(points.shown().size() <= 40);
    }
    return chart;
  }
}
