package org.packdesk.catalog.paging;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One query of a paged table (criteria, sort order, direction) read as numbered pages of a fixed
 * size. Page {@code k} continues from the last key of page {@code k - 1} when that page was read
 * (scrolling), else from anchor {@code k - 1}, the key of the last row before it (a jump). The
 * anchors are read from the index in chunks of keys only, as far as the deepest jump so far
 * needed, and kept: a later jump as deep costs one page. Safe to call from several background
 * threads.
 *
 * @param <R> the row record
 * @param <S> the table's sort orders
 */
public final class PagedQuery<R, S extends SortOrder> implements PagedSource<R> {

  private final Pager<R, S> pager;
  private final SqlCriteria criteria;
  private final S sort;
  private final Direction direction;
  private final int pageSize;
  private final int keyChunk;
  private final Map<Integer, RowKey> lastKeys = new ConcurrentHashMap<>();
  /** How many keys one read of anchors takes from the index. */
  static final int KEY_CHUNK = 20_000;

  private final List<RowKey> anchors = new java.util.ArrayList<>();
  private RowKey lastScanned;
  private long scanned;
  private boolean scannedAll;

  public PagedQuery(Pager<R, S> pager, SqlCriteria criteria, S sort, Direction direction, int pageSize) {
    this(pager, criteria, sort, direction, pageSize, KEY_CHUNK);
  }

  PagedQuery(Pager<R, S> pager, SqlCriteria criteria, S sort, Direction direction, int pageSize, int keyChunk) {
    this.keyChunk = keyChunk;
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

  @Override
  public long count() {
    return pager.count(criteria);
  }

  /** The rows of page {@code index} (fewer than a page at the end, none past it). */
  @Override
  public List<R> page(int index) {
    RowKey after = null;
    if (index > 0) {
      after = lastKeys.get(index - 1);
      if (after == null) {
        after = anchor(index - 1);
        if (after == null) {
          return List.of();
        }
      }
    }
    Page<R> page = pager.page(criteria, sort, direction, after, pageSize);
    if (page.rows().size() == pageSize) {
      lastKeys.put(index, page.lastKey());
    }
    return page.rows();
  }

  /** Where the row with {@code id} stands in this query, or -1 when it is not among its rows. */
  @Override
  public long position(Object id) {
    return pager.position(criteria, sort, direction, id);
  }

  /** The key of the last row of page {@code page}, reading keys from the index as far as needed; null past the end. */
  synchronized RowKey anchor(int page) {
    while (anchors.size() <= page && !scannedAll) {
      List<RowKey> keys = pager.keys(criteria, sort, direction, lastScanned, keyChunk);
      for (RowKey key : keys) {
        if (++scanned % pageSize == 0) {
          anchors.add(key);
        }
      }
      scannedAll = keys.size() < keyChunk;
      if (!keys.isEmpty()) {
        lastScanned = keys.get(keys.size() - 1);
      }
    }
    return page < anchors.size() ? anchors.get(page) : null;
  }
}
