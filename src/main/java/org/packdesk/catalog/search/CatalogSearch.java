package org.packdesk.catalog.search;

import java.util.List;
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

  public FacetCounts facets(String query, int top) throws QuerySyntaxException {
    return index.facets(QueryParser.parse(query), top);
  }

  public SearchIndex index() {
    return index;
  }
}
