package org.packdesk.catalog;

import java.util.List;
import org.packdesk.catalog.paging.SortColumn;
import org.packdesk.catalog.paging.SortOrder;

/**
 * The orders the downloads table pages in; each has an index ending with the id (migration 1.6).
 * The address, agent and version columns do not sort: an index on each of them would double the
 * biggest table of the catalog for an order nobody reads page by page.
 */
public enum DownloadSort implements SortOrder {
  DATE(SortColumn.notNull("d.created_date")),
  /** By package (its normalised name), newest first within it: also the date order of one package's downloads. */
  PACKAGE(SortColumn.notNull("d.package_id"), SortColumn.notNull("d.created_date"));

  private final List<SortColumn> columns;

  DownloadSort(SortColumn... columns) {
    this.columns = List.of(columns);
  }

  @Override
  public List<SortColumn> columns() {
    return columns;
  }
}
