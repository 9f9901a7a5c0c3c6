package org.packdesk.ui.downloads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.packdesk.catalog.DownloadFilter;
import org.packdesk.catalog.DownloadQueries;
import org.packdesk.catalog.DownloadRow;
import org.packdesk.catalog.DownloadSort;
import org.packdesk.catalog.paging.Direction;
import org.packdesk.catalog.paging.PagedSource;
import org.packdesk.ui.common.DirectBackground;

class DownloadsViewModelTest {

  private final List<DownloadFilter> asked = new ArrayList<>();
  private final DownloadRow row = new DownloadRow(1, Instant.parse("2018-10-10T13:55:36Z"), "requests", "requests",
      "2.18.4", "203.0.113.9", "pip/18.1");
  private final List<DownloadSort> sorts = new ArrayList<>();
  /** Whether the fake source's count is a cap, as a text search's past 10,000 matches is. */
  private boolean capped;
  /** Per source made, in order: whether its jumps were prepared, and whether it was abandoned. */
  private final List<java.util.concurrent.CountDownLatch> prepared = new ArrayList<>();
  private final List<Boolean> abandoned = new ArrayList<>();
  private final DownloadsViewModel model = new DownloadsViewModel((filter, sort, direction, pageSize) -> {
    asked.add(filter);
    sorts.add(sort);
    int made = prepared.size();
    prepared.add(new java.util.concurrent.CountDownLatch(1));
    abandoned.add(false);
    return new PagedSource<>() {
      @Override
      public void prepareJumps() {
        prepared.get(made).countDown();
      }

      @Override
      public void abandon() {
        abandoned.set(made, true);
      }

      @Override
      public long count() {
        return capped ? 10_000 : 1;
      }

      @Override
      public boolean firstOfMore() {
        return capped;
      }

      @Override
      public List<DownloadRow> page(int index) {
        return index == 0 ? List.of(row) : List.of();
      }

      @Override
      public long position(Object id) {
        return id.equals(row.id()) ? 0 : -1;
      }
    };
  }, () -> new DownloadQueries.Choices(List.of("bandersnatch", "pip"), List.of("3.6", "unknown"), List.of("Linux")),
      new DirectBackground(), ZoneOffset.UTC);

  private DownloadFilter last() {
    return asked.get(asked.size() - 1);
  }

  @Test
  void everyFilterNarrowsTheSearchAndTheStatusSaysHow() {
    model.loadChoices();
    model.searchTextProperty().set("203.0");
    model.packageNameProperty().set(" requests ");
    model.installerProperty().set("pip");
    model.pythonProperty().set("3.6");
    model.systemProperty().set("Linux");
    model.fromProperty().set(LocalDate.of(2018, 10, 10));
    model.toProperty().set(LocalDate.of(2018, 10, 11));

    assertEquals(new DownloadFilter("203.0", "requests", "pip", "3.6", "Linux", Instant.parse("2018-10-10T00:00:00Z"),
        Instant.parse("2018-10-12T00:00:00Z")), last());
    assertEquals("1 download matching \u201c203.0\u201d, package requests, by pip, Python 3.6, on Linux,"
        + " from 2018-10-10, until 2018-10-11", model.statusProperty().get());
    assertTrue(model.filtered().get());
  }

  @Test
  void theChoicesAreTheRollupsClientsAfterAnAnyEntry() {
    model.loadChoices();

    assertEquals(List.of(DownloadsViewModel.ANY_INSTALLER, "bandersnatch", "pip"), model.installerChoices());
    assertEquals(List.of(DownloadsViewModel.ANY_PYTHON, "3.6", "unknown"), model.pythonChoices());
    assertEquals(List.of(DownloadsViewModel.ANY_SYSTEM, "Linux"), model.systemChoices());
  }

  @Test
  void resetShowsEveryDownloadAgainButKeepsTheText() {
    model.searchTextProperty().set("pip");
    model.installerProperty().set("pip");
    model.packageNameProperty().set("flask");
    model.resetFilters();

    assertEquals(DownloadFilter.text("pip"), last());
    assertFalse(model.filtered().get());
    assertNull(last().installer());
  }

  @Test
  void theDateAndPackageColumnsSortAndTheRowsStartNewestFirst() {
    model.refresh();
    assertEquals(DownloadSort.DATE, sorts.get(sorts.size() - 1));
    assertEquals(Direction.DESCENDING, model.sortingProperty().get().direction());
    assertEquals(row, model.rows().get(0));

    model.sortBy(DownloadSort.PACKAGE, Direction.ASCENDING);
    assertEquals(DownloadSort.PACKAGE, sorts.get(sorts.size() - 1));
    assertEquals("1 download", model.statusProperty().get());
  }

  @Test
  void aSearchWithMoreMatchesThanCountedSaysTheTableShowsTheFirstOfThem() {
    capped = true;
    model.searchTextProperty().set("pip");
    model.refresh();

    assertEquals("First 10,000 downloads matching \u201cpip\u201d", model.statusProperty().get());
  }

  @Test
  void theShownRowsJumpsArePreparedAheadAndTheRowsShownBeforeAreAbandoned() throws InterruptedException {
    model.refresh();
    model.sortBy(DownloadSort.PACKAGE, Direction.ASCENDING);

    assertTrue(prepared.get(prepared.size() - 1).await(10, java.util.concurrent.TimeUnit.SECONDS),
        "the anchors of the order shown are read ahead");
    assertEquals(List.of(true, false), abandoned.subList(abandoned.size() - 2, abandoned.size()),
        "the date order's reading ahead stops; the package order's goes on");
  }
}
