package org.packdesk.catalog.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One query of a paged table (criteria, sort order, direction) read as numbered pages of a fixed
 * size. Page {@code k} continues from the last key of page {@code k - 1} when that page was read
 * (scrolling); a jump starts from an anchor, the key of every {@link #PAGES_PER_ANCHOR}-th page's
 * last row, and walks the keys (if any) from there to the page. The anchors are read from the index in
 * chunks of keys only and kept: by {@link #prepareJumps()} in the background as soon as the order
 * is shown, so that a later jump costs one short walk and one page; a jump past the anchors read
 * so far asks the database to skip the rows in between ({@code offset}), which it does inside
 * the index, much faster than handing each key over. Safe to call from several background threads.
 *
 * @param <R> the row record
 * @param <S> the table's sort orders
 */
public final class PagedQuery<R, S extends SortOrder> implements PagedSource<R> {

  /** How many keys one read of anchors takes from the index. */
  static final int KEY_CHUNK = 20_000;
  /**
   * Pages between two anchors. One: a jump after the anchors are read is one page read (a walk of
   * ten pages' keys from sparser anchors measured 20 to 500 ms on 250,000 packages under load), and
   * the anchors of 50 million rows, a key per hundred rows, take about 50 MB.
   */
  static final int PAGES_PER_ANCHOR = 1;

  private final Pager<R, S> pager;
  private final SqlCriteria criteria;
  private final S sort;
  private final Direction direction;
  private final int pageSize;
  private final int keyChunk;
  private final long stride;
  private final Map<Integer, RowKey> lastKeys = new ConcurrentHashMap<>();

  /** anchors.get(j) is the key of row {@code (j + 1) * stride - 1}. */
  private final List<RowKey> anchors = new ArrayList<>();
  private RowKey lastScanned;
  private long scanned;
  private boolean scannedAll;
  private volatile boolean abandoned;

  public PagedQuery(Pager<R, S> pager, SqlCriteria criteria, S sort, Direction direction, int pageSize) {
    this(pager, criteria, sort, direction, pageSize, KEY_CHUNK, PAGES_PER_ANCHOR);
  }

  PagedQuery(Pager<R, S> pager, SqlCriteria criteria, S sort, Direction direction, int pageSize, int keyChunk,
      int pagesPerAnchor) {
    this.pager = pager;
    this.criteria = criteria;
    this.sort = sort;
    this.direction = direction;
    this.pageSize = pageSize;
    this.keyChunk = keyChunk;
    this.stride = (long) pageSize * pagesPerAnchor;
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
        after = keyBefore((long) index * pageSize);
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

  /**
   * Reads every anchor ahead of any jump, a chunk of keys at a time (other threads' jumps and
   * pages go between the chunks), until all are read or {@link #abandon()} is called.
   */
  @Override
  public void prepareJumps() {
    while (!abandoned) {
      synchronized (this) {
        if (scannedAll) {
          return;
        }
        readChunk();
      }
    }
  }

  /** Stops {@link #prepareJumps()} at its next chunk: the query is no longer shown. */
  @Override
  public void abandon() {
    abandoned = true;
  }

  /** The key of the row just before {@code position}; null when there are not that many rows. */
  private RowKey keyBefore(long position) {
    int wanted = (int) (position / stride);
    RowKey from = null;
    long at = 0;
    synchronized (this) {
      int known = Math.min(wanted, anchors.size());
      if (known > 0) {
        from = anchors.get(known - 1);
        at = known * stride;
      } else if (scannedAll && wanted > 0) {
        return null;
      }
      if (known < wanted && scannedAll) {
        return null;
      }
    }
    long skip = position - at;
    if (skip == 0) {
      return from;
    }
    if (skip <= stride) {
      List<RowKey> keys = pager.keys(criteria, sort, direction, from, (int) skip);
      return keys.size() < skip ? null : keys.get(keys.size() - 1);
    }
    return pager.keyAt(criteria, sort, direction, from, skip - 1);
  }

  /** Reads the next chunk of keys, keeping every stride-th as an anchor. */
  private void readChunk() {
    List<RowKey> keys = pager.keys(criteria, sort, direction, lastScanned, keyChunk);
    for (RowKey key : keys) {
      if (++scanned % stride == 0) {
        anchors.add(key);
      }
    }
    scannedAll = keys.size() < keyChunk;
    if (!keys.isEmpty()) {
      lastScanned = keys.get(keys.size() - 1);
    }
  }

  /** How many anchors are read (for tests and the benchmark). */
  synchronized int anchorCount() {
    return anchors.size();
  }
}
