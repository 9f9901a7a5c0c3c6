package org.packdesk.catalog.paging;

import java.util.List;

/**
 * Reads a table a page at a time in one of its sort orders (see {@link TablePager}). Failures
 * are unchecked ({@code jakarta.persistence.PersistenceException}), as for every other query.
 *
 * @param <R> the row record
 * @param <S> the table's sort orders
 */
public interface Pager<R, S extends SortOrder> {

  /** How many rows match {@code criteria}. */
  long count(SqlCriteria criteria);

  /** Up to {@code limit} rows after {@code after} (from the first row when null). */
  Page<R> page(SqlCriteria criteria, S sort, Direction direction, RowKey after, int limit);

  /** The keys of rows {@code every - 1}, {@code 2 * every - 1}, ...: page {@code k} starts after anchor {@code k - 1}. */
  List<RowKey> anchors(SqlCriteria criteria, S sort, Direction direction, int every);

  /**
   * Where the row with {@code id} stands among the rows matching {@code criteria} in this order
   * (0 for the first), or -1 when it does not match (or is gone). Counts the rows before it
   * through the index, without reading them.
   */
  long position(SqlCriteria criteria, S sort, Direction direction, Object id);
}
