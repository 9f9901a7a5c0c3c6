package org.packdesk.ui.browse;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of one browse section: the search text, the rows that match it, a one-line status and
 * what the table says when it has no rows. Searches run through a {@link Background} (a task in
 * the app, direct in unit tests); a result that arrives after a newer search started is dropped.
 *
 * @param <R> the row record the section's query returns
 */
public class BrowseViewModel<R> {

  /** How many rows a search shows at most (paging arrives with the big-catalog work). */
  public static final int LIMIT = 5_000;

  /** The section's query: rows matching {@code text}, at most {@code limit}. Runs off the FX thread. */
  @FunctionalInterface
  public interface Search<R> {
    List<R> find(String text, int limit) throws Exception;
  }

  /** Runs work in the background and calls back on the FX thread with its result or its error. */
  @FunctionalInterface
  public interface Background {
    <T> void run(Callable<T> work, Consumer<T> onResult, Consumer<Throwable> onError);
  }

  private final String singular;
  private final String plural;
  private final int limit;
  private final Search<R> search;
  private final Background background;
  private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
  private final ObservableList<R> rows = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", "Loading\u2026");
  private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching");
  private long generation;

  /**
   * @param singular what one row is, in lower case ("release")
   * @param plural what several rows are ("releases")
   */
  public BrowseViewModel(String singular, String plural, int limit, Search<R> search, Background background) {
    this.singular = singular;
    this.plural = plural;
    this.limit = limit;
    this.search = search;
    this.background = background;
  }

  public BrowseViewModel(String singular, String plural, Search<R> search, Background background) {
    this(singular, plural, LIMIT, search, background);
  }

  public StringProperty searchTextProperty() {
    return searchText;
  }

  public ObservableList<R> rows() {
    return rows;
  }

  /** "3 releases", "First 5,000 releases", "1 user matching “armin”". */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** What the table shows when it has no rows: loading, an empty catalog, or no match. */
  public ReadOnlyStringProperty placeholderProperty() {
    return placeholder.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty searchingProperty() {
    return searching.getReadOnlyProperty();
  }

  /** Runs the current search again (after typing, or when the catalog changed). */
  public void refresh() {
    long mine = startSearch();
    String text = currentText();
    String filters = filtersInWords();
    background.run(query(text, limit), result -> {
      if (isCurrent(mine)) {
        rows.setAll(result);
        showFound(text, filters, result.size(), result.size() >= limit);
      }
    }, error -> {
      if (isCurrent(mine)) {
        rows.clear();
        showFailure();
      }
    });
  }

  /** Starts a search: the spinner turns; returns its number, so a late result of an older one is dropped. */
  protected final long startSearch() {
    searching.set(true);
    return ++generation;
  }

  protected final boolean isCurrent(long search) {
    return search == generation;
  }

  /** The search box's text, trimmed. */
  protected final String currentText() {
    return searchText.get() == null ? "" : searchText.get().trim();
  }

  protected final Background background() {
    return background;
  }

  /** Ends a search that found {@code count} rows ({@code limited}: the first of more). */
  protected final void showFound(String text, String filters, long count, boolean limited) {
    searching.set(false);
    status.set(describe(text, filters, count, limited));
    placeholder.set(nothingFound(text, filters));
  }

  protected final void showFailure() {
    searching.set(false);
    status.set("The search failed");
    placeholder.set("The search failed. Try again, or see the log for details.");
  }

  /**
   * The search for {@code text} with whatever else the section narrows by, as it is now: called
   * on the FX thread, so a section with filters reads them here; the work runs in the background.
   */
  protected Callable<List<R>> query(String text, int limit) {
    return () -> search.find(text, limit);
  }

  /** The section's filters besides the text, in words for the status line ("action \u201cundo\u201d"); empty for none. */
  protected String filtersInWords() {
    return "";
  }

  private String describe(String text, String filters, long count, boolean limited) {
    String counted = count == 1 ? "1 " + singular : String.format("%,d %s", count, plural);
    if (limited) {
      counted = "First " + counted;
    }
    String described = text.isEmpty() ? counted : counted + " matching \u201c" + text + "\u201d";
    return filters.isEmpty() ? described : described + ", " + filters;
  }

  private String nothingFound(String text, String filters) {
    if (!filters.isEmpty()) {
      return "No " + singular + (text.isEmpty() ? "" : " matching \u201c" + text + "\u201d") + " with " + filters + ".";
    }
    return text.isEmpty()
        ? "No " + plural + " in the catalog yet."
        : "No " + singular + " matches \u201c" + text + "\u201d.";
  }
}
