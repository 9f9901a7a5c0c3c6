package org.packdesk.report.export;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.packdesk.report.ChartSpec;
import org.packdesk.report.ReportResult;

/**
 * A report's chart as a PNG image, drawn headless with JFreeChart, for the HTML, PDF and XLSX
 * exports: the points of {@link ChartPoints#shown()}, as the Reports view shows them.
 */
public final class ReportChart {

  public static final int WIDTH = 900;
  public static final int HEIGHT = 450;

  private ReportChart() {
  }

  /** The chart's PNG bytes, or empty when the report has no chart or no rows. */
  public static Optional<byte[]> png(ReportResult result) {
    Optional<JFreeChart> chart = chart(result);
    if (chart.isEmpty()) {
      return Optional.empty();
    }
    BufferedImage image = chart.get().createBufferedImage(WIDTH, HEIGHT);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new IllegalStateException("Could not encode the chart", e);
    }
    return Optional.of(out.toByteArray());
  }

  static Optional<JFreeChart> chart(ReportResult result) {
    Optional<ChartSpec> spec = result.definition().chartSpec();
    if (spec.isEmpty() || result.rows().isEmpty()) {
      return Optional.empty();
    }
    ChartPoints points = ChartPoints.of(result, spec.get());
    JFreeChart chart = switch (spec.get().kind()) {
      case PIE -> pie(points);
      case BAR -> category(points, false);
      case LINE -> category(points, true);
    };
    chart.setBackgroundPaint(Color.WHITE);
    return Optional.of(chart);
  }

  private static JFreeChart pie(ChartPoints points) {
    DefaultPieDataset<String> data = new DefaultPieDataset<>();
    points.shown().forEach(point -> data.setValue(point.label(), point.values().get(0)));
    JFreeChart chart = ChartFactory.createPieChart(null, data, true, false, false);
    chart.getPlot().setBackgroundPaint(Color.WHITE);
    return chart;
  }

  private static JFreeChart category(ChartPoints points, boolean line) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (ChartPoints.Point point : points.shown()) {
      for (int i = 0; i < points.seriesNames().size(); i++) {
        data.addValue(point.values().get(i), points.seriesNames().get(i), point.label());
      }
    }
    JFreeChart chart = line
        ? ChartFactory.createLineChart(null, null, null, data, PlotOrientation.VERTICAL, points.seriesNames().size() > 1,
            false, false)
        : ChartFactory.createBarChart(null, null, null, data, PlotOrientation.VERTICAL, points.seriesNames().size() > 1,
            false, false);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(2.5f);
    return chart;
  }

  /** How a chart names a month on its axis. */
  static String label(Object value) {
    return value instanceof YearMonth month ? month.toString() : CellText.plain(value);
  }
}
