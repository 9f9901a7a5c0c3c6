package org.packdesk.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.packdesk.catalog.search.FacetCounts;
import org.packdesk.catalog.search.SearchField;
import org.packdesk.ui.browse.BrowseViewModel.Background;

/** The facet panel: the most frequent licenses, languages, maintainers and lifecycles of the current result. */
public final class FacetsViewModel {

  /** How many values each facet lists. */
  public static final int TOP = 8;
  private static final Map<SearchField, String> TITLES = Map.of(SearchField.LICENSE, "License",
      SearchField.LANGUAGE, "Language", SearchField.MAINTAINER, "Maintainer", SearchField.LIFECYCLE, "Lifecycle");
  private static final List<SearchField> ORDER = List.of(SearchField.LICENSE, SearchField.LANGUAGE,
      SearchField.MAINTAINER, SearchField.LIFECYCLE);

  /** Counts the facets of a query. Runs off the FX thread. */
  @FunctionalInterface
  public interface Counter {
    FacetCounts count(String query, int top) throws Exception;
  }

  /** One facet: its title and values. */
  public record Group(String title, List<Value> values) {
  }

  /** A value as shown ("MIT", 1,234) and the query term that clicking it adds. */
  public record Value(String label, long count, String term) {
  }

  private final Counter counter;
  private final Background background;
  private final ObservableList<Group> groups = FXCollections.observableArrayList();
  private final ReadOnlyBooleanWrapper counting = new ReadOnlyBooleanWrapper(this, "counting");
  /** The latest load; a queued count that a newer load overtook does no work. */
  private final AtomicLong generation = new AtomicLong();

  public FacetsViewModel(Counter counter, Background background) {
    this.counter = counter;
    this.background = background;
  }

  public ObservableList<Group> groups() {
    return groups;
  }

  /**
   * Whether the latest count is still running: the first search of a big catalog waits for its
   * index to be built, and the panel says it is counting rather than that there is nothing.
   */
  public ReadOnlyBooleanProperty countingProperty() {
    return counting.getReadOnlyProperty();
  }

  /** Counts the facets of {@code query} (already known to parse); the latest call wins. */
  public void load(String query) {
    long mine = generation.incrementAndGet();
    counting.set(true);
    background.run(() -> mine == generation.get() ? counter.count(query, TOP) : null, counts -> {
      if (mine == generation.get()) {
        groups.setAll(groupsOf(counts));
        counting.set(false);
      }
    }, error -> {
      if (mine == generation.get()) {
        groups.clear();
        counting.set(false);
      }
    });
  }

  static List<Group> groupsOf(FacetCounts counts) {
    List<Group> result = new ArrayList<>();
    for (SearchField field : ORDER) {
      List<Value> values = counts.of(field).stream()
          .map(v -> new Value(v.value(), v.count(), QueryTerms.term(field, v.value()))).toList();
      if (!values.isEmpty()) {
        result.add(new Group(TITLES.get(field), values));
      }
    }
    return result;
  }
}
