package org.packdesk.catalog.paging;

import java.util.ArrayList;
import java.util.List;

/**
 * The conditions that read the rows after a key, in sort order, as exact index ranges. The rows
 * after {@code (a, b, id)} are read as segments in turn: {@code a = ? and b = ? and id > ?}, then
 * {@code a = ? and b > ?}, then {@code a > ?}. Each is a range any index on {@code (a, b, id)}
 * seeks to the start of, however many rows share {@code a}: the portable single condition
 * {@code a >= ? and (a > ? or ...)} seeks on {@code a} only, and H2 then steps through every row
 * of a big tie (100,000 packages under one license, a page deep in them took a second). A
 * nullable first column splits the order into its nulls (below every value) and its values; inside
 * the nulls, {@code a is null} is the equal prefix.
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
      return key == null ? List.of(new Segment("", List.of())) : strictlyAfter(columns, key, 0, "", direction);
    }
    List<Segment> nulls = key == null || key.first() != null
        ? List.of(new Segment(first.sql() + " is null", List.of()))
        : strictlyAfter(columns, key, 1, first.sql() + " is null and ", direction);
    List<Segment> values = key == null || key.first() == null
        ? List.of(new Segment(first.sql() + " >= ?", List.of(first.floor())))
        : strictlyAfter(columns, key, 0, "", direction);
    boolean inNulls = key != null && key.first() == null;
    List<Segment> segments = new ArrayList<>();
    if (direction.ascending()) {
      if (inNulls || key == null) {
        segments.addAll(nulls);
      }
      segments.addAll(values);
    } else {
      if (!inNulls) {
        segments.addAll(values);
      }
      segments.addAll(nulls);
    }
    return segments;
  }

  /**
   * Rows whose columns from {@code from} on come strictly after the key's: the longest equal
   * prefix first, each segment one index range.
   */
  private static List<Segment> strictlyAfter(List<SortColumn> columns, RowKey key, int from, String prefix,
      Direction direction) {
    String beyond = direction.ascending() ? " > ?" : " < ?";
    List<Segment> segments = new ArrayList<>();
    for (int k = columns.size() - 1; k >= from; k--) {
      StringBuilder sql = new StringBuilder(prefix);
      List<Object> parameters = new ArrayList<>();
      for (int i = from; i < k; i++) {
        sql.append(columns.get(i).sql()).append(" = ? and ");
        parameters.add(key.values().get(i));
      }
      sql.append(columns.get(k).sql()).append(beyond);
      parameters.add(key.values().get(k));
      segments.add(new Segment(sql.toString(), parameters));
    }
    return segments;
  }
}
