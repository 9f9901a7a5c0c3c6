package org.packdesk.ui.packages;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.packdesk.catalog.PackageRow;

/**
 * State of the packages table: the search text, the rows that match it, and a one-line status.
 * Searches run through {@code runner} (a background task in the app, direct in unit tests); a
 * result that arrives after a newer search started is dropped.
 */
public final class PackagesViewModel {

  /** How many rows a search shows at most (paging arrives with the big-catalog work). */
  public static final int LIMIT = 5_000;

  private final Function<String, List<PackageRow>> search;
  private final BiConsumer<Runnable, Runnable> runner;
  private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
  private final ObservableList<PackageRow> rows = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching");
  private long generation;

  /**
   * @param search the query, run off the FX thread
   * @param runner runs its first argument in the background, then its second on the FX thread
   */
  public PackagesViewModel(Function<String, List<PackageRow>> search, BiConsumer<Runnable, Runnable> runner) {
    this.search = search;
    this.runner = runner;
  }

  public StringProperty searchTextProperty() {
    return searchText;
  }

  public ObservableList<PackageRow> rows() {
    return rows;
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty searchingProperty() {
    return searching.getReadOnlyProperty();
  }

  /** Runs the current search again (after typing, or when the catalog changed). */
  public void refresh() {
    long mine = ++generation;
    String text = searchText.get() == null ? "" : searchText.get();
    searching.set(true);
    List<PackageRow>[] result = new List[1];
    runner.accept(() -> result[0] = search.apply(text), () -> {
      if (mine != generation) {
        return;
      }
      searching.set(false);
      rows.setAll(result[0]);
      status.set(describe(text, result[0].size()));
    });
  }

  private static String describe(String text, int count) {
    String packages = count == 1 ? "1 package" : String.format("%,d packages", count);
    if (count >= LIMIT) {
      packages = "First " + packages;
    }
    return text.isBlank() ? packages : packages + " matching \u201c" + text.trim() + "\u201d";
  }
}
