package org.packdesk.ui.packages;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.packdesk.catalog.PackageRow;
import org.packdesk.catalog.search.QueryParser;
import org.packdesk.catalog.search.QuerySyntaxException;
import org.packdesk.ui.browse.BrowseViewModel;
import org.packdesk.ui.search.FacetsViewModel;
import org.packdesk.ui.search.QueryTerms;

/**
 * The packages table, searched with the query language (words, {@code license:MIT},
 * {@code -lifecycle:deprecated}, OR...). A malformed query is not run: it says what is wrong and
 * where, under the search field, and the table keeps the last result. The facets follow each
 * query that runs; clicking one narrows the query.
 */
public final class PackagesViewModel extends BrowseViewModel<PackageRow> {

  /** The packages query. Runs off the FX thread. */
  @FunctionalInterface
  public interface Search {
    List<PackageRow> find(String query, int limit) throws Exception;
  }

  /** Counts the searches started; a queued search that a newer one overtook does no work. */
  private final AtomicLong started = new AtomicLong();
  private final Search search;
  private final ReadOnlyStringWrapper queryError = new ReadOnlyStringWrapper(this, "queryError", "");
  private final FacetsViewModel facets;

  public PackagesViewModel(Search search, FacetsViewModel.Counter facetCounter, Background background) {
    super("package", "packages", LIMIT, search::find, background);
    this.search = search;
    this.facets = new FacetsViewModel(facetCounter, background);
  }

  /** What is wrong with the query, and at which column; empty while it parses. */
  public ReadOnlyStringProperty queryErrorProperty() {
    return queryError.getReadOnlyProperty();
  }

  public FacetsViewModel facets() {
    return facets;
  }

  @Override
  public void refresh() {
    String text = currentText();
    try {
      QueryParser.parse(text);
    } catch (QuerySyntaxException e) {
      queryError.set(e.getMessage());
      return;
    }
    queryError.set("");
    super.refresh();
    facets.load(text);
  }

  /**
   * Typing starts a search per pause; on a big catalog, a search still waiting for a worker when
   * the next one starts would only be thrown away, so it skips its work (nothing is shown of it).
   */
  @Override
  protected Callable<List<PackageRow>> query(String text, int limit) {
    long mine = started.incrementAndGet();
    return () -> mine == started.get() ? search.find(text, limit) : List.of();
  }

  /** Narrows the query by {@code term} (a clicked facet) and searches at once. */
  public void narrow(String term) {
    searchTextProperty().set(QueryTerms.narrowed(currentText(), term));
    refresh();
  }

  /** The query to save: the current one when it parses, else none. */
  public String savableQuery() {
    return queryError.get().isEmpty() ? currentText() : null;
  }

  private String currentText() {
    return searchTextProperty().get() == null ? "" : searchTextProperty().get().trim();
  }
}
