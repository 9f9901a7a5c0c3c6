package org.packdesk.ui.search;

import java.util.regex.Pattern;
import org.packdesk.catalog.search.QueryParser;
import org.packdesk.catalog.search.QuerySyntaxException;
import org.packdesk.catalog.search.SearchField;
import org.packdesk.catalog.search.SearchNode;

/** Writes query terms for values a curator clicks (a facet), and adds them to a query. */
public final class QueryTerms {

  /** Values that read back the same without quotes: no spaces, quotes, parentheses or a trailing '*'. */
  private static final Pattern PLAIN = Pattern.compile("[^\\s\"()*]+");

  private QueryTerms() {
  }

  /** {@code license:MIT}, {@code language:"Python :: 3.6"}. */
  public static String term(SearchField field, String value) {
    return field.key() + ":" + (PLAIN.matcher(value).matches() ? value : "\"" + value.replace("\"", "") + "\"");
  }

  /** The query narrowed by {@code term}: side by side, after grouping a top-level OR so it narrows all of it. */
  public static String narrowed(String query, String term) {
    String current = query == null ? "" : query.strip();
    if (current.isEmpty()) {
      return term;
    }
    if (current.contains(term)) {
      return current;
    }
    try {
      SearchNode parsed = QueryParser.parse(current);
      return parsed instanceof SearchNode.AnyOf ? "(" + current + ") " + term : current + " " + term;
    } catch (QuerySyntaxException e) {
      return term; // a broken query is not worth keeping: the facet was counted for the last valid one
    }
  }
}
