package org.packdesk.report;

import java.util.List;
import java.util.Optional;

/**
 * A report as data: what it is called, what it takes, what columns it has and how it is drawn.
 * Only {@code query} is code, and it reads the catalog.
 *
 * @param id the name on the command line ({@code report downloads-by-package})
 * @param chart how it is drawn, or null when a chart would say nothing a table does not
 */
public record ReportDefinition(String id, String title, String description, List<ReportParameter> parameters,
    List<ReportColumn> columns, ChartSpec chart, ReportQuery query) {

  public ReportDefinition {
    parameters = List.copyOf(parameters);
    columns = List.copyOf(columns);
    if (chart != null) {
      for (String key : chart.labelColumns()) {
        requireColumn(columns, key);
      }
      for (String key : chart.valueColumns()) {
        if (!requireColumn(columns, key).type().isNumeric()) {
          throw new IllegalArgumentException("Chart value column " + key + " of " + id + " is not a number");
        }
      }
    }
  }

  public Optional<ChartSpec> chartSpec() {
    return Optional.ofNullable(chart);
  }

  public Optional<ReportParameter> parameter(String key) {
    return parameters.stream().filter(p -> p.key().equals(key)).findFirst();
  }

  private static ReportColumn requireColumn(List<ReportColumn> columns, String key) {
    return columns.stream().filter(c -> c.key().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No column " + key + " for the chart"));
  }
}
