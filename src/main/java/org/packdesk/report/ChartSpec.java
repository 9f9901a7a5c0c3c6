package org.packdesk.report;

import java.util.List;

/**
 * How a report is drawn: a bar, line or pie chart of its value columns against its label
 * columns (several label columns are joined, such as package and version).
 */
public record ChartSpec(Kind kind, List<String> labelColumns, List<String> valueColumns) {

  /** The chart kinds every exporter and the Reports view can draw. */
  public enum Kind { BAR, LINE, PIE }

  public ChartSpec {
    labelColumns = List.copyOf(labelColumns);
    valueColumns = List.copyOf(valueColumns);
    if (labelColumns.isEmpty() || valueColumns.isEmpty()) {
      throw new IllegalArgumentException("A chart needs a label column and a value column");
    }
  }

  public static ChartSpec bar(String label, String value) {
    return new ChartSpec(Kind.BAR, List.of(label), List.of(value));
  }

  public static ChartSpec line(String label, String value) {
    return new ChartSpec(Kind.LINE, List.of(label), List.of(value));
  }

  public static ChartSpec pie(String label, String value) {
    return new ChartSpec(Kind.PIE, List.of(label), List.of(value));
  }
}
