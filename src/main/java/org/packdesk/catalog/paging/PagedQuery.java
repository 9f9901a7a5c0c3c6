package org.packdesk.catalog.paging;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One query of a paged table (criteria, sort order, direction) read as numbered pages of a fixed
 * size. Page {@code k} continues from the last key of page {@code k - 1} when that page was read
 * (scrolling), else from anchor {@code k - 1} (a jump: the anchors are read once, on the first
 * jump, from the index). Safe to call from several background threads.
 *
 * @param <R> the row record
 * @param <S> the table's sort orders
 */
public final class PagedQuery<R, S extends SortOrder> {

  private final Pager<R, S> pager;
  private final SqlCriteria criteria;
  private final S sort;
  private final Direction direction;
  private final int pageSize;
  private final Map<Integer, RowKey> lastKeys = new ConcurrentHashMap<>();
  private volatile List<RowKey> anchors;

  public PagedQuery(Pager<R, S> pager, SqlCriteria criteria, S sort, Direction direction, int pageSize) {
    this.pager = pager;
    this.criteria = criteria;
    this.sort = sort;
    this.direction = direction;
    this.pageSize = pageSize;
  }

  public int pageSize() {
    return pageSize;
  }

  public S sort() {
    return sort;
  }

  public Direction direction() {
    return direction;
  }

  public long count() {
    return pager.count(criteria);
  }

  /** The rows of page {@code index} (fewer than a page at the end, none past it). */
  public List<R> page(int index) {
    RowKey after = null;
    if (index > 0) {
      after = lastKeys.get(index - 1);
      if (after == null) {
        List<RowKey> known = anchors();
        if (index - 1 >= known.size()) {
          return List.of();
        }
        after = known.get(index - 1);
      }
    }
    Page<R> page = pager.page(criteria, sort, direction, after, pageSize);
    if (page.rows().size() == pageSize) {
      lastKeys.put(index, page.lastKey());
    }
    return page.rows();
  }

  /** Where the row with {@code id} stands in this query, or -1 when it is not among its rows. */
  public long position(Object id) {
    return pager.position(criteria, sort, direction, id);
  }

  /** Reads the anchors now, unless done already (a table can do it ahead of the first jump). */
  public List<RowKey> anchors() {
    List<RowKey> known = anchors;
    if (known == null) {
      synchronized (this) {
        if (anchors == null) {
          anchors = pager.anchors(criteria, sort, direction, pageSize);
        }
        known = anchors;
      }
    }
    return known;
  }
}
