package org.packdesk.catalog;

import java.sql.Timestamp;
import java.util.List;
import org.packdesk.catalog.paging.SortColumn;
import org.packdesk.catalog.paging.SortOrder;

/** The orders the packages table pages in; each has an index ending with the id (migration 1.3). */
public enum PackageSort implements SortOrder {
  NAME(SortColumn.notNull("p.name")),
  /** PEP 440 order of the newest release (its sort key); packages without releases below all. */
  LATEST(SortColumn.nullable("p.latest_sort_key", "")),
  LICENSE(SortColumn.nullable("p.license_id", "")),
  UPDATED(SortColumn.nullable("p.last_updated", Timestamp.valueOf("0001-01-01 00:00:00"))),
  MAINTAINERS(SortColumn.notNull("p.maintainer_count")),
  DOWNLOADS(SortColumn.notNull("p.download_total"));

  private final List<SortColumn> columns;

  PackageSort(SortColumn... columns) {
    this.columns = List.of(columns);
  }

  @Override
  public List<SortColumn> columns() {
    return columns;
  }
}
