package org.packdesk.catalog;

import java.util.List;
import org.packdesk.catalog.paging.SortColumn;
import org.packdesk.catalog.paging.SortOrder;

/** The orders the licenses table pages in; each walks an index ending with the id (migration 1.7). */
public enum LicenseSort implements SortOrder {
  /** By the stored count of packages with the license (most used first, descending: the default). */
  PACKAGES(SortColumn.notNull("l.package_count")),
  /** By the license's id, its name. */
  ID();

  private final List<SortColumn> columns;

  LicenseSort(SortColumn... columns) {
    this.columns = List.of(columns);
  }

  @Override
  public List<SortColumn> columns() {
    return columns;
  }
}
