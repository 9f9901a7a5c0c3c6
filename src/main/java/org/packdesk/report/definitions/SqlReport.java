package org.packdesk.report.definitions;

import io.ebean.Database;
import io.ebean.SqlQuery;
import io.ebean.SqlRow;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.packdesk.report.ColumnType;
import org.packdesk.report.ReportColumn;
import org.packdesk.report.ReportParameters;

/**
 * Reads report rows with SQL whose column aliases are the report's column keys, converting each
 * value to its column's type. Aggregates over the whole catalog are measured hot paths, hence
 * SQL rather than query beans.
 */
final class SqlReport {

  private final String sql;
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  private SqlReport(String sql) {
    this.sql = sql;
  }

  static SqlReport of(String sql) {
    return new SqlReport(sql);
  }

  SqlReport with(String name, Object value) {
    parameters.put(name, value);
    return this;
  }

  SqlReport withAll(Map<String, Object> values) {
    parameters.putAll(values);
    return this;
  }

  /** Binds the {@code from}/{@code to} period of {@code given} where the SQL names them. */
  SqlReport withPeriod(ReportParameters given) {
    if (given.date("from") != null) {
      with("from", given.date("from"));
    }
    if (given.date("to") != null) {
      with("to", given.date("to"));
    }
    return this;
  }

  /** "and day >= :from and day <= :to", as far as the period is set. */
  static String periodCondition(ReportParameters given, String dayColumn) {
    StringBuilder condition = new StringBuilder();
    if (given.date("from") != null) {
      condition.append(" and ").append(dayColumn).append(" >= :from");
    }
    if (given.date("to") != null) {
      condition.append(" and ").append(dayColumn).append(" <= :to");
    }
    return condition.toString();
  }

  List<List<Object>> rows(Database database, List<ReportColumn> columns) {
    SqlQuery query = database.sqlQuery(sql);
    parameters.forEach(query::setParameter);
    List<List<Object>> rows = new ArrayList<>();
    query.findEach(row -> rows.add(convert(row, columns)));
    return rows;
  }

  private static List<Object> convert(SqlRow row, List<ReportColumn> columns) {
    List<Object> values = new ArrayList<>(columns.size());
    for (ReportColumn column : columns) {
      values.add(value(row.get(column.key()), column.type()));
    }
    return values;
  }

  static Object value(Object raw, ColumnType type) {
    if (raw == null) {
      return null;
    }
    return switch (type) {
      case TEXT -> text(raw);
      case INTEGER -> ((Number) raw).longValue();
      case DATE -> date(raw);
      case MONTH -> {
        int yearMonth = ((Number) raw).intValue();
        yield YearMonth.of(yearMonth / 100, yearMonth % 100);
      }
    };
  }

  /** Long texts (a license pasted whole) are cut: a report cell shows their start. */
  static final int MAX_TEXT = 300;

  private static String text(Object raw) {
    String text;
    if (raw instanceof java.sql.Clob clob) {
      try {
        text = clob.getSubString(1, (int) Math.min(clob.length(), MAX_TEXT + 1L));
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException("Could not read a text column", e);
      }
    } else {
      text = raw.toString();
    }
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1).stripTrailing() + "\u2026";
  }

  private static LocalDate date(Object raw) {
    if (raw instanceof LocalDate day) {
      return day;
    }
    if (raw instanceof java.sql.Date day) {
      return day.toLocalDate();
    }
    if (raw instanceof Timestamp time) {
      return LocalDate.ofInstant(time.toInstant(), ZoneOffset.UTC);
    }
    if (raw instanceof java.time.OffsetDateTime time) {
      return time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }
    if (raw instanceof java.time.LocalDateTime time) {
      return time.toLocalDate();
    }
    throw new IllegalStateException("Not a date: " + raw.getClass());
  }
}
