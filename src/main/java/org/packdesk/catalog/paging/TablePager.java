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
  private final String id;
  private final RowReader<R> reader;

  /**
   * @param select the select list, without {@code select} ("p.id, p.name, ...")
   * @param from the table (and joins) with its alias ("packages p")
   * @param id the unique id column that breaks ties ("p.id")
   */
  public TablePager(DataSource dataSource, String select, String from, String id, RowReader<R> reader) {
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

  @Override
  public Page<R> page(SqlCriteria criteria, S sort, Direction direction, RowKey after, int limit) {
    try {
      return readPage(criteria, sort, direction, after, limit);
    } catch (SQLException e) {
      throw failed("read a page of", e);
    }
  }

  @Override
  public List<RowKey> anchors(SqlCriteria criteria, S sort, Direction direction, int every) {
    try {
      return readAnchors(criteria, sort, direction, every);
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
    String sql = "select count(*) from " + from + (criteria.isEmpty() ? "" : " where " + criteria.sql());
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

  /** Reads only the keys, in index order, keeping every {@code every}-th. */
  private List<RowKey> readAnchors(SqlCriteria criteria, S sort, Direction direction, int every) throws SQLException {
    List<SortColumn> columns = withId(sort);
    List<RowKey> anchors = new ArrayList<>();
    long position = 0;
    try (Connection c = dataSource.getConnection()) {
      for (Keyset.Segment segment : Keyset.after(columns, null, direction)) {
        String sql = "select " + keyColumns(columns).substring(2) + " from " + from + where(criteria, segment)
            + orderBy(columns, direction);
        try (PreparedStatement query = c.prepareStatement(sql)) {
          query.setFetchSize(10_000);
          bind(query, segment.parameters(), bind(query, criteria.parameters(), 1));
          try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
              if (++position % every == 0) {
                anchors.add(key(rs, columns.size()));
              }
            }
          }
        }
      }
    }
    return anchors;
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
      before += countRows(criteria.and(new SqlCriteria(segment.condition(), segment.parameters())));
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
