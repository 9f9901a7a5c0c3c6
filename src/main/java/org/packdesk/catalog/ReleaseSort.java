package org.packdesk.catalog;

import java.sql.Timestamp;
import java.util.List;
import org.packdesk.catalog.paging.SortColumn;
import org.packdesk.catalog.paging.SortOrder;

/** The orders the releases table pages in; each has an index ending with the id (migrations 1.3 and 1.5). */
public enum ReleaseSort implements SortOrder {
  /** By package (its normalised name), then PEP 440 order within it. */
  PACKAGE(SortColumn.notNull("r.package_id"), SortColumn.notNull("r.sort_key")),
  /** PEP 440 order across packages. */
  VERSION(SortColumn.notNull("r.sort_key")),
  DATE(SortColumn.nullable("r.created_date", Timestamp.valueOf("0001-01-01 00:00:00"))),
  SIZE(SortColumn.nullable("r.total_size", Long.MIN_VALUE)),
  FILES(SortColumn.notNull("r.file_count")),
  /** By the stored download total (migration 1.5). */
  DOWNLOADS(SortColumn.notNull("r.download_total"));

  private final List<SortColumn> columns;

  ReleaseSort(SortColumn... columns) {
    this.columns = List.of(columns);
  }

  @Override
  public List<SortColumn> columns() {
    return columns;
  }
}
