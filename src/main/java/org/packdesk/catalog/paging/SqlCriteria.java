package org.packdesk.catalog.paging;

import java.util.List;

/**
 * The "where" part of a paged query: a condition over the pager's table alias with positional
 * parameters, or none. A search engine produces one from what the curator typed; the pager
 * adds the keyset and the order.
 */
public record SqlCriteria(String sql, List<Object> parameters) {

  public static final SqlCriteria NONE = new SqlCriteria("", List.of());

  public boolean isEmpty() {
    return sql.isBlank();
  }

  /** Both conditions. */
  public SqlCriteria and(SqlCriteria other) {
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    List<Object> both = new java.util.ArrayList<>(parameters);
    both.addAll(other.parameters);
    return new SqlCriteria("(" + sql + ") and (" + other.sql + ")", both);
  }
}
