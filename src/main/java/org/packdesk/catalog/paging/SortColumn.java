package org.packdesk.catalog.paging;

/**
 * One column of a sort order, as SQL over the pager's table alias. A nullable column sorts its
 * nulls below every value (first ascending, last descending) and names a {@code floor}, a value
 * no real row goes below, so "every non-null value" is an index range ({@code col >= floor})
 * rather than a scan past the nulls. Only the first column of an order may be nullable.
 */
public record SortColumn(String sql, boolean nullable, Object floor) {

  public static SortColumn notNull(String sql) {
    return new SortColumn(sql, false, null);
  }

  public static SortColumn nullable(String sql, Object floor) {
    return new SortColumn(sql, true, floor);
  }
}
