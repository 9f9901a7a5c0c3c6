package org.packdesk.catalog.paging;

import java.util.ArrayList;
import java.util.List;

/**
 * The conditions that read the rows after a key, in sort order, as index ranges. A row value
 * comparison {@code (a, b, id) > (?, ?, ?)} is expanded portably into
 * {@code a >= ? and (a > ? or (b >= ? and (b > ? or id > ?)))}, whose leading {@code a >= ?} is
 * a range start any index on {@code (a, b, id)} seeks to. A nullable first column splits the
 * order into two segments, its nulls (below every value) and its values, each one range read
 * in turn; inside a segment nulls never meet a comparison.
 */
final class Keyset {

  /** One condition to read in order, with its parameters. */
  record Segment(String condition, List<Object> parameters) {
  }

  private Keyset() {
  }

  /**
   * The segments holding the rows after {@code key} (from the first row when null), in order.
   *
   * @param columns the sort columns with the id last
   */
  static List<Segment> after(List<SortColumn> columns, RowKey key, Direction direction) {
    SortColumn first = columns.get(0);
    if (!first.nullable()) {
      return List.of(key == null ? new Segment("", List.of()) : strictlyAfter(columns, key, 0, direction));
    }
    Segment nulls = key == null || key.first() != null
        ? new Segment(first.sql() + " is null", List.of())
        : prefixed(first.sql() + " is null", strictlyAfter(columns, key, 1, direction));
    Segment values = key == null || key.first() == null
        ? new Segment(first.sql() + " >= ?", List.of(first.floor()))
        : strictlyAfter(columns, key, 0, direction);
    boolean inNulls = key != null && key.first() == null;
    if (direction.ascending()) {
      return inNulls || key == null ? List.of(nulls, values) : List.of(values);
    }
    return inNulls ? List.of(nulls) : List.of(values, nulls);
  }

  private static Segment prefixed(String condition, Segment rest) {
    return new Segment(condition + " and " + rest.condition(), rest.parameters());
  }

  /** Rows whose columns from {@code from} on come strictly after the key's, as nested ranges. */
  private static Segment strictlyAfter(List<SortColumn> columns, RowKey key, int from, Direction direction) {
    String atLeast = direction.ascending() ? " >= ?" : " <= ?";
    String beyond = direction.ascending() ? " > ?" : " < ?";
    StringBuilder sql = new StringBuilder();
    List<Object> parameters = new ArrayList<>();
    int last = columns.size() - 1;
    for (int i = from; i < last; i++) {
      String column = columns.get(i).sql();
      Object value = key.values().get(i);
      sql.append(column).append(atLeast).append(" and (").append(column).append(beyond).append(" or ");
      parameters.add(value);
      parameters.add(value);
    }
    sql.append(columns.get(last).sql()).append(beyond);
    parameters.add(key.id());
    sql.append(")".repeat(last - from));
    return new Segment(sql.toString(), parameters);
  }
}
