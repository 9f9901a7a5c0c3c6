package org.packdesk.catalog.search;

/** A search query that does not follow the grammar; {@link #column()} is 1-based, where the problem is. */
public final class QuerySyntaxException extends Exception {

  private final int column;

  public QuerySyntaxException(String message, int column) {
    super(message + " at column " + column);
    this.column = column;
  }

  public int column() {
    return column;
  }
}
