package org.packdesk.report;

/**
 * One column of a report.
 *
 * @param key a stable name, used by chart specs
 * @param title the header a reader sees
 */
public record ReportColumn(String key, String title, ColumnType type) {

  public static ReportColumn text(String key, String title) {
    return new ReportColumn(key, title, ColumnType.TEXT);
  }

  public static ReportColumn integer(String key, String title) {
    return new ReportColumn(key, title, ColumnType.INTEGER);
  }

  public static ReportColumn date(String key, String title) {
    return new ReportColumn(key, title, ColumnType.DATE);
  }

  public static ReportColumn month(String key, String title) {
    return new ReportColumn(key, title, ColumnType.MONTH);
  }
}
