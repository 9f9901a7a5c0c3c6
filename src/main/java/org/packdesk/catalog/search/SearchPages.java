package org.packdesk.catalog.search;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.packdesk.catalog.PackageRow;
import org.packdesk.catalog.PackageSort;
import org.packdesk.catalog.paging.Direction;
import org.packdesk.catalog.paging.PagedQuery;
import org.packdesk.catalog.paging.PagedSource;
import org.packdesk.catalog.paging.Pager;
import org.packdesk.catalog.paging.SqlCriteria;

/**
 * The packages matching a query of the query language, a page at a time. In name order (the
 * index's id order, the same as the command line's) the index pages by itself: each page
 * continues after the last id shown, a jump starts from anchors read once. In any other order,
 * a result of at most {@link #SORTABLE_MATCHES} packages is handed to the database pager as an
 * id list, sorted there like the whole table; a bigger one stays in name order
 * ({@link #sortedAsAsked()} says so).
 */
public final class SearchPages implements PagedSource<PackageRow> {

  /** The most matches sorted by another column than the name. */
  public static final int SORTABLE_MATCHES = 5_000;

  private final CatalogSearch search;
  private final Pager<PackageRow, PackageSort> pager;
  private final String query;
  private final PackageSort sort;
  private final Direction direction;
  private final int pageSize;
  private final Map<Integer, String> lastIds = new ConcurrentHashMap<>();
  private volatile PagedSource<PackageRow> byDatabase;
  private volatile boolean decided;
  private volatile List<String> anchors;

  public SearchPages(CatalogSearch search, Pager<PackageRow, PackageSort> pager, String query, PackageSort sort,
      Direction direction, int pageSize) {
    this.search = search;
    this.pager = pager;
    this.query = query;
    this.sort = sort;
    this.direction = direction;
    this.pageSize = pageSize;
  }

  @Override
  public long count() {
    PagedSource<PackageRow> database = database();
    return database != null ? database.count() : parsed(() -> search.count(query));
  }

  @Override
  public List<PackageRow> page(int index) {
    PagedSource<PackageRow> database = database();
    if (database != null) {
      return database.page(index);
    }
    String after = null;
    if (index > 0) {
      after = lastIds.get(index - 1);
      if (after == null) {
        List<String> known = anchors();
        if (index - 1 >= known.size()) {
          return List.of();
        }
        after = known.get(index - 1);
      }
    }
    String from = after;
    List<PackageRow> rows = parsed(() -> search.find(query, from, pageSize).rows());
    if (rows.size() == pageSize) {
      lastIds.put(index, rows.get(rows.size() - 1).id());
    }
    return rows;
  }

  @Override
  public long position(Object id) {
    PagedSource<PackageRow> database = database();
    return database != null ? database.position(id) : parsed(() -> search.position(query, (String) id));
  }

  /** False when the curator asked for another order than the name and the result was too big for it. */
  public boolean sortedAsAsked() {
    return isNameOrder() || database() != null;
  }

  private boolean isNameOrder() {
    return sort == PackageSort.NAME && direction.ascending();
  }

  /** The database pager over the matching ids, when the order asks for it and the result is small enough. */
  private PagedSource<PackageRow> database() {
    if (!decided) {
      synchronized (this) {
        if (!decided) {
          if (!isNameOrder()) {
            List<String> ids = parsed(() -> search.fewIds(query, SORTABLE_MATCHES));
            if (ids != null) {
              byDatabase = new PagedQuery<>(pager, idsIn(ids), sort, direction, pageSize);
            }
          }
          decided = true;
        }
      }
    }
    return byDatabase;
  }

  private List<String> anchors() {
    List<String> known = anchors;
    if (known == null) {
      synchronized (this) {
        if (anchors == null) {
          anchors = parsed(() -> search.anchors(query, pageSize));
        }
        known = anchors;
      }
    }
    return known;
  }

  private static SqlCriteria idsIn(List<String> ids) {
    if (ids.isEmpty()) {
      return new SqlCriteria("1 = 0", List.of());
    }
    return new SqlCriteria("p.id in (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")",
        List.<Object>copyOf(ids));
  }

  private interface Parsed<T> {
    T get() throws QuerySyntaxException;
  }

  /** The view model runs only queries that parse; one that does not is a programming error here. */
  private static <T> T parsed(Parsed<T> read) {
    try {
      return read.get();
    } catch (QuerySyntaxException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
