package org.packdesk.report.export;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.packdesk.report.ChartSpec;
import org.packdesk.report.ReportResult;

/**
 * A report's rows as a chart reads them: a label (its label columns joined) and its values. The
 * Reports view draws the same points with JavaFX charts, so both show the same thing.
 */
public record ChartPoints(ChartSpec.Kind kind, List<String> seriesNames, List<Point> points) {

  /** More bars than this are unreadable: a bar chart shows the first ones (the rows come largest first). */
  public static final int MAX_BARS = 30;
  /** More slices than this are unreadable: the rest become one "Other" slice. */
  public static final int MAX_SLICES = 10;
  public static final String OTHER = "Other";

  /** One label with one value per series; a missing value counts as 0. */
  public record Point(String label, List<Long> values) {
  }

  public static ChartPoints of(ReportResult result, ChartSpec spec) {
    List<Integer> labels = spec.labelColumns().stream().map(result::columnIndex).toList();
    List<Integer> values = spec.valueColumns().stream().map(result::columnIndex).toList();
    List<Point> points = new ArrayList<>();
    for (List<Object> row : result.rows()) {
      String label = labels.stream().map(i -> ReportChart.label(row.get(i))).collect(Collectors.joining(" "));
      points.add(new Point(label, values.stream().map(i -> row.get(i) == null ? 0L : (Long) row.get(i)).toList()));
    }
    List<String> names = values.stream().map(i -> result.columns().get(i).title()).toList();
    return new ChartPoints(spec.kind(), names, points);
  }

  /** The points a chart of this kind shows: all of a line, the first bars, the largest slices and "Other". */
  public List<Point> shown() {
    return switch (kind) {
      case LINE -> points;
      case BAR -> points.stream().limit(MAX_BARS).toList();
      case PIE -> limitedTo(MAX_SLICES, OTHER);
    };
  }

  /** At most {@code max} points: the first ones, and the rest summed under {@code otherLabel}. */
  public List<Point> limitedTo(int max, String otherLabel) {
    if (points.size() <= max) {
      return points;
    }
    List<Point> limited = new ArrayList<>(points.subList(0, max - 1));
    long[] rest = new long[seriesNames.size()];
    for (Point point : points.subList(max - 1, points.size())) {
      for (int i = 0; i < rest.length; i++) {
        rest[i] += point.values().get(i);
      }
    }
    limited.add(new Point(otherLabel, java.util.Arrays.stream(rest).boxed().toList()));
    return limited;
  }
}
