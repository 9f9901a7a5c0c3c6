package org.packdesk.catalog;

import java.util.List;
import org.packdesk.catalog.paging.SortColumn;
import org.packdesk.catalog.paging.SortOrder;

/** The orders the languages table pages in; each walks an index ending with the id (migration 1.7). */
public enum LanguageSort implements SortOrder {
  /** By the stored count of packages declaring the language (most declared first, descending: the default). */
  PACKAGES(SortColumn.notNull("l.package_count")),
  /** By the language's name (its id). */
  NAME();

  private final List<SortColumn> columns;

  LanguageSort(SortColumn... columns) {
    this.columns = List.of(columns);
  }

  @Override
  public List<SortColumn> columns() {
    return columns;
  }
}
