package org.packdesk.ui.packages;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.packdesk.catalog.PackageRow;
import org.packdesk.catalog.PackageSort;
import org.packdesk.catalog.paging.Direction;
import org.packdesk.catalog.paging.PagedSource;
import org.packdesk.catalog.paging.Pager;
import org.packdesk.catalog.paging.SqlCriteria;
import org.packdesk.catalog.search.QueryParser;
import org.packdesk.catalog.search.QuerySyntaxException;
import org.packdesk.ui.browse.PagedBrowseViewModel;
import org.packdesk.ui.search.FacetsViewModel;
import org.packdesk.ui.search.QueryTerms;

/**
 * The packages table, searched with the query language (words, {@code license:MIT},
 * {@code -lifecycle:deprecated}, OR...), paged and sorted by the database or the search index.
 * Without a query every package pages through the database in any column's order; a query is
 * answered by the search index ({@link Matches}). A malformed query is not run: it says what is
 * wrong and where, under the search field, and the table keeps the last result. The facets follow
 * each query that runs; clicking one narrows the query.
 */
public final class PackagesViewModel extends PagedBrowseViewModel<PackageRow, PackageSort> {

  /** The pages of the packages matching a query, in an order. Reads nothing until asked (off the FX thread). */
  @FunctionalInterface
  public interface Matches {
    PagedSource<PackageRow> of(String query, PackageSort sort, Direction direction, int pageSize);
  }

  /** What a row not read yet shows. */
  static final PackageRow LOADING = new PackageRow(null, "\u2026", null, null, null, null, 0, 0);

  private final Matches matches;
  private final ReadOnlyStringWrapper queryError = new ReadOnlyStringWrapper(this, "queryError", "");
  private final FacetsViewModel facets;

  public PackagesViewModel(Pager<PackageRow, PackageSort> pager, Matches matches,
      FacetsViewModel.Counter facetCounter, Background background) {
    super("package", "packages", pager, PackageRow::id, text -> SqlCriteria.NONE,
        new Sorting<>(PackageSort.NAME, Direction.ASCENDING), LOADING, background);
    this.matches = matches;
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

  @Override
  protected PagedSource<PackageRow> source(String text, Sorting<PackageSort> order) {
    return text.isEmpty() ? super.source(text, order) : matches.of(text, order.sort(), order.direction(), PAGE_SIZE);
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
}
