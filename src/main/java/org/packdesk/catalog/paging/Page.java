package org.packdesk.catalog.paging;

import java.util.List;

/** Rows in sort order with, for each, its key (the last one continues the next page). */
public record Page<R>(List<R> rows, List<RowKey> keys) {

  public RowKey lastKey() {
    return keys.isEmpty() ? null : keys.get(keys.size() - 1);
  }
}
