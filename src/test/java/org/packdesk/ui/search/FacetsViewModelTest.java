package org.packdesk.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.packdesk.catalog.search.FacetCounts;
import org.packdesk.catalog.search.SearchField;
import org.packdesk.ui.browse.BrowseViewModel.Background;

/** The facet panel's state: counting while a count runs (the first one waits for the index), then the groups. */
class FacetsViewModelTest {

  /** Runs each piece of work only when told to, as a busy executor would. */
  private static final class Later implements Background {
    private final List<Runnable> queued = new ArrayList<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onResult, Consumer<Throwable> onError) {
      queued.add(() -> {
        try {
          onResult.accept(work.call());
        } catch (Exception e) {
          onError.accept(e);
        }
      });
    }

    void runAll() {
      List<Runnable> now = new ArrayList<>(queued);
      queued.clear();
      now.forEach(Runnable::run);
    }
  }

  private static FacetCounts mit(long count) {
    return new FacetCounts(Map.of(SearchField.LICENSE, List.of(new FacetCounts.FacetValue("MIT", count))));
  }

  @Test
  void countingUntilTheLatestCountIsInThenItsGroups() {
    Later later = new Later();
    long[] counted = {0};
    FacetsViewModel facets = new FacetsViewModel((query, top) -> mit(++counted[0]), later);

    facets.load("");
    facets.load("json");
    assertTrue(facets.countingProperty().get());
    assertTrue(facets.groups().isEmpty());

    later.runAll();
    assertFalse(facets.countingProperty().get());
    assertEquals(1, counted[0], "the overtaken count did no work");
    assertEquals("License", facets.groups().get(0).title());
    assertEquals(1, facets.groups().get(0).values().get(0).count());
  }

  @Test
  void aFailedCountStopsCountingAndShowsNothing() {
    Later later = new Later();
    FacetsViewModel facets = new FacetsViewModel((query, top) -> {
      throw new IllegalStateException("index unreadable");
    }, later);
    facets.load("");
    later.runAll();
    assertFalse(facets.countingProperty().get());
    assertTrue(facets.groups().isEmpty());
  }
}
