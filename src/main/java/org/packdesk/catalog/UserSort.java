package org.packdesk.catalog;

import java.sql.Timestamp;
import java.util.List;
import org.packdesk.catalog.paging.SortColumn;
import org.packdesk.catalog.paging.SortOrder;

/**
 * The orders the users table pages in; each has an index ending with the id (migration 1.6). The
 * package counts are read per page, not stored: they do not sort.
 */
public enum UserSort implements SortOrder {
  NAME(SortColumn.nullable("u.name", "")),
  /** By e-mail regardless of case (its unique lower-cased key). */
  EMAIL(SortColumn.notNull("u.email_key")),
  LAST_LOGIN(SortColumn.nullable("u.last_login", Timestamp.valueOf("0001-01-01 00:00:00")));

  private final List<SortColumn> columns;

  UserSort(SortColumn... columns) {
    this.columns = List.of(columns);
  }

  @Override
  public List<SortColumn> columns() {
    return columns;
  }
}
