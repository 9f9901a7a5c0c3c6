package org.packdesk.catalog.search;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.packdesk.catalog.PackageRow;
import org.packdesk.catalog.PackageSearch;

/**
 * Search in the query language: parses the text, asks the index, and reads the table rows of
 * the page. Results come in id order (the PEP 503 normalised name), the same in the window and
 * in the command line, and a pager continues after the last id it showed.
 */
public final class CatalogSearch {

  private final SearchIndex index;
  private final PackageSearch rows;

  public CatalogSearch(SearchIndex index, PackageSearch rows) {
    this.index = index;
    this.rows = rows;
  }

  /** A page of matching packages and the number of all matches. */
  public record Result(List<PackageRow> rows, long total) {
  }

  /** The first {@code limit} packages matching {@code query}. */
  public Result find(String query, int limit) throws QuerySyntaxException {
    return find(query, null, limit);
  }

  /** The {@code limit} packages matching {@code query} after the one with id {@code afterId} (null: the first). */
  public Result find(String query, String afterId, int limit) throws QuerySyntaxException {
    SearchHits hits = index.search(QueryParser.parse(query), afterId, limit);
    return new Result(rows.rowsFor(hits.ids()), hits.total());
  }

  /** How many packages match. */
  public long count(String query) throws QuerySyntaxException {
    return index.search(QueryParser.parse(query), null, 0).total();
  }

  /** Where package {@code id} stands among the matches in this order; -1 when it does not match. */
  public long position(String query, String id) throws QuerySyntaxException {
    return index.position(QueryParser.parse(query), id);
  }

  /** The ids of matches {@code every - 1}, {@code 2 * every - 1}, ... (where pages of {@code every} rows end). */
  public List<String> anchors(String query, int every) throws QuerySyntaxException {
    return index.anchors(QueryParser.parse(query), every);
  }

  /** The ids of all matches, in this order, when there are at most {@code max}; else null. */
  public List<String> fewIds(String query, int max) throws QuerySyntaxException {
    SearchHits hits = index.search(QueryParser.parse(query), null, max);
    return hits.total() > max ? null : hits.ids();
  }

  public FacetCounts facets(String query, int top) throws QuerySyntaxException {
    return index.facets(QueryParser.parse(query), top);
  }

  /**
   * Counts the whole catalog's top {@code top} facet values on {@code executor}: what the Packages
   * section asks for first. The index keeps them until it changes. At PyPI's size the first count
   * reads the index's facet values for about 0.7 s (and brings the index up to date first), which
   * a curator opening Packages otherwise waits for under "Counting…". The future holds the counts,
   * or the error, which only means the section counts them itself.
   */
  public CompletableFuture<FacetCounts> prepareFacets(int top, Executor executor) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return facets("", top);
      } catch (QuerySyntaxException e) {
        throw new IllegalStateException("An empty search cannot be malformed", e);
      }
    }, executor);
  }

  public SearchIndex index() {
    return index;
  }
}
