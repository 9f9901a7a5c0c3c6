package org.packdesk.report;

import java.util.List;

/**
 * What a query returns: its rows, each as many values as the report has columns, and any columns
 * known only from the data (the language matrix has one per Python version), which follow the
 * definition's own.
 */
public record ReportTable(List<ReportColumn> extraColumns, List<List<Object>> rows) {

  public ReportTable {
    extraColumns = List.copyOf(extraColumns);
    rows = List.copyOf(rows);
  }

  public static ReportTable of(List<List<Object>> rows) {
    return new ReportTable(List.of(), rows);
  }
}
