package org.packdesk.ui.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The lazily paged rows a TableView shows, without a toolkit: pages read in the background, a bounded cache. */
class PagedRowsTest {

  static final String LOADING = "\u2026";
  final HeldBackground background = new HeldBackground();
  final PagedRows<String> rows = new PagedRows<>(LOADING, background, 3);
  final List<Integer> pagesRead = new ArrayList<>();

  private List<String> page(int page) {
    pagesRead.add(page);
    return IntStream.range(page * 10, Math.min(95, page * 10 + 10)).mapToObj(i -> "row " + i).toList();
  }

  @Test
  void aRowNotReadYetIsAPlaceholderUntilItsPageArrivesWithAChange() {
    rows.reset(95, 10, this::page, page(0));
    assertEquals(95, rows.size());
    assertEquals("row 3", rows.get(3), "the first page came with the count");
    List<String> replaced = new ArrayList<>();
    rows.addListener((ListChangeListener<String>) c -> {
      while (c.next()) {
        if (c.wasReplaced()) {
          replaced.addAll(c.getAddedSubList());
        }
      }
    });

    assertEquals(LOADING, rows.get(57));
    assertEquals(LOADING, rows.get(58), "asked once per page");
    assertEquals(1, pagesRead.size(), "nothing read on the asking thread");
    background.finishAll();
    assertEquals(List.of(0, 5), pagesRead);
    assertEquals("row 57", rows.get(57));
    assertEquals(10, replaced.size(), "the placeholders of page 5 replaced by its rows");
    rows.get(94);
    background.finishAll();
    assertEquals("row 94", rows.get(94), "the short last page");
  }

  @Test
  void onlyTheMostRecentlyUsedPagesAreKept() {
    rows.reset(95, 10, this::page, page(0));
    for (int i = 0; i < 95; i++) {
      rows.get(i);
      background.finishAll();
      assertTrue(rows.cachedPageCount() <= 3);
    }
    assertEquals(3, rows.cachedPageCount());
    assertEquals(-1, rows.indexOf("row 1"), "page 0 was dropped: looking up a row never reads a page");
    assertEquals(92, rows.indexOf("row 92"));
  }

  @Test
  void aPageOfAnOlderQueryIsDropped() {
    rows.reset(95, 10, this::page, page(0));
    rows.get(40);
    rows.reset(2, 10, page -> List.of("new a", "new b"), List.of("new a", "new b"));
    background.finishAll();
    assertEquals(2, rows.size());
    assertEquals("new b", rows.get(1));
    assertEquals(1, rows.cachedPageCount(), "page 4 of the old query did not come in");
  }
}
