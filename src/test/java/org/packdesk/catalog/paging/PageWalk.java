package org.packdesk.catalog.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads a paged table from its first page to its last, each page after the one before, as scrolling does. */
public final class PageWalk {

  private PageWalk() {
  }

  /** The ids of every row of {@code criteria} in {@code sort}, read {@code size} rows a page. */
  public static <R, S extends SortOrder> List<Object> walk(Pager<R, S> pager, SqlCriteria criteria, S sort,
      Direction direction, int size, Function<R, Object> id) {
    List<Object> ids = new ArrayList<>();
    RowKey after = null;
    while (true) {
      Page<R> page = pager.page(criteria, sort, direction, after, size);
      page.rows().forEach(row -> ids.add(id.apply(row)));
      if (page.rows().size() < size) {
        return ids;
      }
      after = page.lastKey();
    }
  }
}
