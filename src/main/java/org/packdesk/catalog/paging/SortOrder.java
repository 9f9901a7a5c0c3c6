package org.packdesk.catalog.paging;

import java.util.List;

/**
 * A way a table can be sorted: the columns, each backed by an index that ends with the table's
 * id (migration 1.3), so every page is an index range. Implemented by each table's sort enum.
 */
public interface SortOrder {

  /** The sort columns before the id, most significant first. */
  List<SortColumn> columns();
}
