package org.packdesk.catalog.paging;

/** Which way a table is sorted. Ties are broken by the row's id, in the same direction. */
public enum Direction {
  ASCENDING, DESCENDING;

  public boolean ascending() {
    return this == ASCENDING;
  }
}
