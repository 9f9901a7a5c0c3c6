package org.packdesk.catalog.paging;

import java.util.List;

/** Where a row stands in one sort order: its sort columns' values, then its id. */
public record RowKey(List<Object> values) {

  public Object id() {
    return values.get(values.size() - 1);
  }

  public Object first() {
    return values.get(0);
  }
}
