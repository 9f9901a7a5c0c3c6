package org.packdesk.catalog.paging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import jakarta.persistence.PersistenceException;
import javax.sql.DataSource;

/**
 * Pages through one table in any of its sort orders without ever reading it whole: each page is
 * an index range after the last key of the page before (keyset paging), and a deep position is
 * reached from a sparse list of anchors (the key of every n-th row, read once from the index)
 * instead of an OFFSET that would read every row before it. Plain JDBC: it is the hot path of
 * every big table, and the SQL runs as is on H2 and PostgreSQL.
 *
 * @param <R> the row record
 * @param <S> the table's sort orders
 */
public class TablePager<R, S extends SortOrder> implements Pager<R, S> {

  /** Reads one row of the select list. */
  @FunctionalInterface
  public interface RowReader<R> {
    R read(ResultSet row) throws SQLException;
  }

  private final DataSource dataSource;
  private final String select;
  private final String from;
  private final String table;
  private final String id;
  private final RowReader<R> reader;

  /**
   * @param select the select list, without {@code select} ("p.id, p.name, ...")
   * @param from the table (and joins) with its alias ("packages p")
   * @param id the unique id column that breaks ties ("p.id")
   */
  public TablePager(DataSource dataSource, String select, String from, String id, RowReader<R> reader) {
    this(dataSource, select, from, from, id, reader);
  }

  /**
   * @param table the table alone with its alias ("releases r"), for counts and keys without
   *     criteria: the joins of {@code from} only serve the select list and the criteria
   */
  public TablePager(DataSource dataSource, String select, String from, String table, String id, RowReader<R> reader) {
    this.table = table;
    this.dataSource = dataSource;
    this.select = select;
    this.from = from;
    this.id = id;
    this.reader = reader;
  }

  @Override
  public long count(SqlCriteria criteria) {
    try {
      return countRows(criteria);
    } catch (SQLException e) {
      throw failed("count", e);
    }
  }

  /**
   * How many rows match {@code criteria}, counting no further than {@code cap} (for criteria no
   * index narrows, whose full count would read the whole table).
   */
  public long countUpTo(SqlCriteria criteria, long cap) {
    String sql = "select count(*) from (select 1 as one from " + (criteria.isEmpty() ? table : from)
        + (criteria.isEmpty() ? "" : " where " + criteria.sql()) + " fetch first " + cap + " rows only) capped";
    try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(sql)) {
      bind(query, criteria.parameters(), 1);
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw failed("count", e);
    }
  }

  @Override
  public Page<R> page(SqlCriteria criteria, S sort, Direction direction, RowKey after, int limit) {
    try {
      return readPage(criteria, sort, direction, after, limit);
    } catch (SQLException e) {
      throw failed("read a page of", e);
    }
  }

  @Override
  public List<RowKey> keys(SqlCriteria criteria, S sort, Direction direction, RowKey after, int limit) {
    try {
      return readKeys(criteria, sort, direction, after, limit);
    } catch (SQLException e) {
      throw failed("index", e);
    }
  }

  @Override
  public RowKey keyAt(SqlCriteria criteria, S sort, Direction direction, RowKey after, long skip) {
    try {
      return readKeyAt(criteria, sort, direction, after, skip);
    } catch (SQLException e) {
      throw failed("index", e);
    }
  }

  @Override
  public long position(SqlCriteria criteria, S sort, Direction direction, Object rowId) {
    try {
      return findPosition(criteria, sort, direction, rowId);
    } catch (SQLException e) {
      throw failed("find a row of", e);
    }
  }

  private PersistenceException failed(String what, SQLException e) {
    return new PersistenceException("Could not " + what + " " + from + ": " + e.getMessage(), e);
  }

  private long countRows(SqlCriteria criteria) throws SQLException {
    return countRows(criteria.isEmpty() ? table : from, criteria);
  }

  private long countRows(String source, SqlCriteria criteria) throws SQLException {
    String sql = "select count(*) from " + source + (criteria.isEmpty() ? "" : " where " + criteria.sql());
    try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(sql)) {
      bind(query, criteria.parameters(), 1);
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private Page<R> readPage(SqlCriteria criteria, S sort, Direction direction, RowKey after, int limit)
      throws SQLException {
    List<SortColumn> columns = withId(sort);
    List<R> rows = new ArrayList<>(limit);
    List<RowKey> keys = new ArrayList<>(limit);
    try (Connection c = dataSource.getConnection()) {
      for (Keyset.Segment segment : Keyset.after(columns, after, direction)) {
        int wanted = limit - rows.size();
        if (wanted <= 0) {
          break;
        }
        String sql = "select " + select + keyColumns(columns) + " from " + from + where(criteria, segment)
            + orderBy(columns, direction) + " fetch first " + wanted + " rows only";
        try (PreparedStatement query = c.prepareStatement(sql)) {
          bind(query, segment.parameters(), bind(query, criteria.parameters(), 1));
          try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
              rows.add(reader.read(rs));
              keys.add(key(rs, columns.size()));
            }
          }
        }
      }
    }
    return new Page<>(rows, keys);
  }

  private List<RowKey> readKeys(SqlCriteria criteria, S sort, Direction direction, RowKey after, int limit)
      throws SQLException {
    List<SortColumn> columns = withId(sort);
    List<RowKey> keys = new ArrayList<>(limit);
    try (Connection c = dataSource.getConnection()) {
      for (Keyset.Segment segment : Keyset.after(columns, after, direction)) {
        int wanted = limit - keys.size();
        if (wanted <= 0) {
          break;
        }
        String sql = "select " + keyColumns(columns).substring(2) + " from " + (criteria.isEmpty() ? table : from)
            + where(criteria, segment) + orderBy(columns, direction) + " fetch first " + wanted + " rows only";
        try (PreparedStatement query = c.prepareStatement(sql)) {
          bind(query, segment.parameters(), bind(query, criteria.parameters(), 1));
          try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
              keys.add(key(rs, columns.size()));
            }
          }
        }
      }
    }
    return keys;
  }

  private RowKey readKeyAt(SqlCriteria criteria, S sort, Direction direction, RowKey after, long skip)
      throws SQLException {
    List<SortColumn> columns = withId(sort);
    long left = skip;
    try (Connection c = dataSource.getConnection()) {
      for (Keyset.Segment segment : Keyset.after(columns, after, direction)) {
        String source = criteria.isEmpty() ? table : from;
        String sql = "select " + keyColumns(columns).substring(2) + " from " + source + where(criteria, segment)
            + orderBy(columns, direction) + " offset " + left + " rows fetch next 1 rows only";
        try (PreparedStatement query = c.prepareStatement(sql)) {
          bind(query, segment.parameters(), bind(query, criteria.parameters(), 1));
          try (ResultSet rs = query.executeQuery()) {
            if (rs.next()) {
              return key(rs, columns.size());
            }
          }
        }
        // fewer rows in this segment (the nulls of a nullable column): skip them in the next
        left -= countRows(source, criteria.and(new SqlCriteria(segment.condition(), segment.parameters())));
        if (left < 0) {
          return null;
        }
      }
    }
    return null;
  }

  private long findPosition(SqlCriteria criteria, S sort, Direction direction, Object rowId) throws SQLException {
    List<SortColumn> columns = withId(sort);
    SqlCriteria thisRow = criteria.and(new SqlCriteria(id + " = ?", List.of(rowId)));
    RowKey key;
    try (Connection c = dataSource.getConnection();
         PreparedStatement query = c.prepareStatement("select " + keyColumns(columns).substring(2) + " from " + from
             + " where " + thisRow.sql())) {
      bind(query, thisRow.parameters(), 1);
      try (ResultSet rs = query.executeQuery()) {
        if (!rs.next()) {
          return -1;
        }
        key = key(rs, columns.size());
      }
    }
    // the rows before it are the rows after it in the opposite direction
    Direction back = direction.ascending() ? Direction.DESCENDING : Direction.ASCENDING;
    long before = 0;
    for (Keyset.Segment segment : Keyset.after(columns, key, back)) {
      before += countRows(criteria.isEmpty() ? table : from,
          criteria.and(new SqlCriteria(segment.condition(), segment.parameters())));
    }
    return before;
  }

  private List<SortColumn> withId(S sort) {
    List<SortColumn> columns = new ArrayList<>(sort.columns());
    columns.add(SortColumn.notNull(id));
    return columns;
  }

  private static String keyColumns(List<SortColumn> columns) {
    StringBuilder sql = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      sql.append(", ").append(columns.get(i).sql()).append(" as pager_k").append(i);
    }
    return sql.toString();
  }

  private static String where(SqlCriteria criteria, Keyset.Segment segment) {
    SqlCriteria both = criteria.and(new SqlCriteria(segment.condition(), List.of()));
    return both.isEmpty() ? "" : " where " + both.sql();
  }

  private static String orderBy(List<SortColumn> columns, Direction direction) {
    StringBuilder sql = new StringBuilder(" order by ");
    for (int i = 0; i < columns.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append(columns.get(i).sql()).append(direction.ascending() ? " asc" : " desc");
    }
    return sql.toString();
  }

  private static RowKey key(ResultSet rs, int size) throws SQLException {
    List<Object> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(rs.getObject("pager_k" + i));
    }
    return new RowKey(values);
  }

  private static int bind(PreparedStatement query, List<Object> parameters, int first) throws SQLException {
    int i = first;
    for (Object parameter : parameters) {
      query.setObject(i++, parameter);
    }
    return i;
  }
}
