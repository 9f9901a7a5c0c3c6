package org.packdesk.ui.browse;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ObservableListBase;

/**
 * The rows of a paged table as a list a TableView can show: its size is the count of matching
 * rows, and {@code get(i)} answers from a small cache of pages, asking for a missing page in the
 * background (never on the FX thread) and meanwhile answering a placeholder row ("…"). When the
 * page arrives its rows replace the placeholders with a change event, so the cells fill in. The
 * cache keeps the most recently used pages only: memory stays flat however far one scrolls.
 *
 * @param <R> the row record
 */
public final class PagedRows<R> extends ObservableListBase<R> {

  /** Reads one page in the background. */
  @FunctionalInterface
  public interface PageReader<R> {
    List<R> read(int page) throws Exception;
  }

  private final R placeholder;
  private final BrowseViewModel.Background background;
  private final int cachedPages;
  private final Map<Integer, List<R>> pages;
  private final Set<Integer> loading = new HashSet<>();
  private int size;
  private int pageSize = 1;
  private PageReader<R> reader = page -> List.of();
  private long generation;

  /**
   * @param placeholder what a row not read yet shows
   * @param cachedPages how many pages are kept at most
   */
  public PagedRows(R placeholder, BrowseViewModel.Background background, int cachedPages) {
    this.placeholder = placeholder;
    this.background = background;
    this.cachedPages = cachedPages;
    this.pages = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Integer, List<R>> eldest) {
        return size() > PagedRows.this.cachedPages;
      }
    };
  }

  /**
   * Shows a new query's rows: {@code count} of them, read through {@code reader} as they are
   * needed, the first page already read with the count (so it shows without a placeholder).
   */
  public void reset(long count, int pageSize, PageReader<R> reader, List<R> firstPage) {
    reset(count, pageSize, reader, Map.of(0, firstPage));
  }

  /**
   * Shows a new query's rows, with the pages already read along with the count (the first, and
   * the chosen row's: selected while still a placeholder, a row would lose its selection when its
   * page arrived, since a TableView drops the selection of a row that is replaced).
   */
  public void reset(long count, int pageSize, PageReader<R> reader, Map<Integer, List<R>> pagesRead) {
    generation++;
    int old = size;
    pages.clear();
    loading.clear();
    pages.putAll(pagesRead);
    this.size = (int) Math.min(Integer.MAX_VALUE, count);
    this.pageSize = pageSize;
    this.reader = reader;
    beginChange();
    if (old > 0) {
      nextRemove(0, Collections.nCopies(old, placeholder));
    }
    if (size > 0) {
      nextAdd(0, size);
    }
    endChange();
  }

  @Override
  public R get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    int page = index / pageSize;
    List<R> rows = pages.get(page);
    if (rows == null) {
      load(page);
      return placeholder;
    }
    int offset = index - page * pageSize;
    return offset < rows.size() ? rows.get(offset) : placeholder;
  }

  /**
   * Searches the cached pages only: a search of every row would read the whole table (a
   * TableView looks its selected item up this way when its rows change).
   */
  @Override
  public int indexOf(Object row) {
    return indexOfLoaded(row);
  }

  @Override
  public int lastIndexOf(Object row) {
    return indexOfLoaded(row);
  }

  @Override
  public boolean contains(Object row) {
    return indexOfLoaded(row) >= 0;
  }

  /** The index of {@code row} if its page is in the cache, else -1 (never reads a page). */
  public int indexOfLoaded(Object row) {
    for (Map.Entry<Integer, List<R>> page : pages.entrySet()) {
      int at = page.getValue().indexOf(row);
      if (at >= 0) {
        return page.getKey() * pageSize + at;
      }
    }
    return -1;
  }

  /** Whether {@code row} is the placeholder of a row not read yet. */
  public boolean isPlaceholder(R row) {
    return row == placeholder;
  }

  @Override
  public int size() {
    return size;
  }

  /** How many pages the cache holds now (for tests and the benchmark: it never exceeds the bound). */
  public int cachedPageCount() {
    return pages.size();
  }

  private void load(int page) {
    if (!loading.add(page)) {
      return;
    }
    long mine = generation;
    PageReader<R> current = reader;
    background.run(() -> current.read(page), rows -> {
      if (mine != generation) {
        return;
      }
      loading.remove(page);
      pages.put(page, rows);
      int from = page * pageSize;
      int to = Math.min(size, from + rows.size());
      if (from < to) {
        beginChange();
        for (int i = from; i < to; i++) {
          nextSet(i, placeholder);
        }
        endChange();
      }
    }, error -> {
      // the page stays marked as loading, so a failing read is not retried at every layout;
      // the next search (or the catalog changing) tries again
    });
  }
}
