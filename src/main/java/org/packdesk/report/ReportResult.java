package org.packdesk.report;

import java.time.Instant;
import java.util.List;

/**
 * A report as run: its typed rows, and what a title block says about it (which catalog, when,
 * with which parameters).
 */
public record ReportResult(ReportDefinition definition, ReportParameters parameters, List<ReportColumn> columns,
    List<List<Object>> rows, String catalogName, Instant generatedAt) {

  public ReportResult {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    for (List<Object> row : rows) {
      checkRow(columns, row, definition.id());
    }
  }

  public String title() {
    return definition.title();
  }

  public int columnIndex(String key) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).key().equals(key)) {
        return i;
      }
    }
    throw new IllegalArgumentException("No column " + key + " in " + definition.id());
  }

  private static void checkRow(List<ReportColumn> columns, List<Object> row, String report) {
    if (row.size() != columns.size()) {
      throw new IllegalStateException(report + ": a row of " + row.size() + " values for " + columns.size() + " columns");
    }
    for (int i = 0; i < row.size(); i++) {
      Object value = row.get(i);
      if (value != null && !columns.get(i).type().valueType().isInstance(value)) {
        throw new IllegalStateException(report + ": column " + columns.get(i).key() + " got a "
            + value.getClass().getSimpleName());
      }
    }
  }
}
