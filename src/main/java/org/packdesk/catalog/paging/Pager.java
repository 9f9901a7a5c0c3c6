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

  /** Only the keys of up to {@code limit} rows after {@code after}: read from the index, to reach deep positions. */
  List<RowKey> keys(SqlCriteria criteria, S sort, Direction direction, RowKey after, int limit);

  /**
   * The key of the row {@code skip} rows after {@code after} (0: the next one), or null past the
   * end: the database skips the rows in between inside the index, handing over one key.
   */
  RowKey keyAt(SqlCriteria criteria, S sort, Direction direction, RowKey after, long skip);

  /**
   * Where the row with {@code id} stands among the rows matching {@code criteria} in this order
   * (0 for the first), or -1 when it does not match (or is gone). Counts the rows before it
   * through the index, without reading them.
   */
  long position(SqlCriteria criteria, S sort, Direction direction, Object id);
}
