package org.packdesk.report.definitions;

import io.ebean.Database;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.packdesk.report.ChartSpec;
import org.packdesk.report.ReportColumn;
import org.packdesk.report.ReportDefinition;
import org.packdesk.report.ReportParameter;
import org.packdesk.report.ReportParameters;
import org.packdesk.report.ReportTable;
import org.packdesk.report.definitions.PeriodLeaders.Leader;
import org.packdesk.report.definitions.PeriodLeaders.Side;

/**
 * Downloads by package, release, month and kind of client. Every one reads the rollups the
 * importer keeps ({@code DownloadRollup}), never the raw {@code downloads} rows: the stored totals
 * for all time, the monthly and daily rollups for a period, the small catalog-wide
 * {@code download_clients} for months and kinds of client. Millions of raw rows, or of daily
 * rollup rows, would make each report a full scan.
 */
public final class DownloadReports {

  static final ReportParameter FROM = ReportParameter.date("from", "From",
      "First day counted (YYYY-MM-DD); empty for the earliest download");
  static final ReportParameter TO = ReportParameter.date("to", "To",
      "Last day counted (YYYY-MM-DD); empty for the latest download");
  static final ReportParameter TOP = ReportParameter.integer("top", "Top", 20, 1, 1000,
      "How many rows, the most downloaded first");

  private static final ReportColumn DOWNLOADS = ReportColumn.integer("downloads", "Downloads");

  private DownloadReports() {
  }

  public static List<ReportDefinition> all() {
    return List.of(byPackage(), byRelease(), byMonth(),
        byClient("downloads-by-installer", "installer", "Installer", "Downloads by installer",
            "Downloads by installer (pip, uv, bandersnatch, curl\u2026) in a period."),
        byClient("downloads-by-python", "python", "Python", "Downloads by Python version",
            "Downloads by the downloading Python's major.minor version in a period."),
        byClient("downloads-by-system", "system", "Operating system", "Downloads by operating system",
            "Downloads by the downloading machine's operating system in a period."));
  }

  static ReportDefinition byPackage() {
    List<ReportColumn> columns = List.of(ReportColumn.text("name", "Package"), DOWNLOADS);
    return new ReportDefinition("downloads-by-package", "Downloads by package",
        "The most downloaded packages in a period.", List.of(FROM, TO, TOP), columns,
        ChartSpec.bar("name", "downloads"),
        (source, given) -> ReportTable.of(inPeriod(source.database(), given, Side.PACKAGES, columns,
            // all time: the stored totals, through their index
            "select name, downloads from (select name, download_total as downloads from packages"
                + " where download_total > 0 order by download_total desc, id desc limit :top) t"
                + " order by downloads desc, name",
            rows -> "select p.name as name, t.downloads as downloads from (select package_id, sum(downloads)"
                + " as downloads from (" + rows + ") u group by package_id"
                + " order by downloads desc, package_id limit :top) t"
                + " join packages p on p.id = t.package_id order by t.downloads desc, p.name",
            "select id, name from packages where id in (:ids)",
            Comparator.comparing(row -> (String) row.get(0)))));
  }

  static ReportDefinition byRelease() {
    List<ReportColumn> columns = List.of(ReportColumn.text("name", "Package"), ReportColumn.text("version", "Version"),
        DOWNLOADS);
    String named = " join packages p on p.id = r.package_id order by downloads desc, p.name, r.sort_key desc";
    return new ReportDefinition("downloads-by-release", "Downloads by release",
        "The most downloaded releases in a period.", List.of(FROM, TO, TOP), columns,
        new ChartSpec(ChartSpec.Kind.BAR, List.of("name", "version"), List.of("downloads")),
        (source, given) -> ReportTable.of(inPeriod(source.database(), given, Side.RELEASES, columns,
            "select p.name as name, r.version_string as version, r.download_total as downloads from"
                + " (select id, package_id, version_string, sort_key, download_total from releases"
                + " where download_total > 0 order by download_total desc, id desc limit :top) r" + named,
            rows -> "select p.name as name, r.version_string as version, t.downloads as downloads from"
                + " (select release_id, sum(downloads) as downloads from (" + rows + ") u"
                + " group by release_id order by downloads desc, release_id limit :top) t"
                + " join releases r on r.id = t.release_id" + named,
            "select r.id as id, p.name as name, r.version_string as version, r.sort_key as sort_key from releases r"
                + " join packages p on p.id = r.package_id where r.id in (:ids)",
            Comparator.<List<Object>, String>comparing(row -> (String) row.get(0))
                .thenComparing(row -> (String) row.get(2), Comparator.nullsFirst(Comparator.<String>naturalOrder())
                    .reversed()))));
  }

  /** A leader as its naming query read it (the report's columns before the downloads, then what the order reads). */
  private record Named(List<Object> values, long downloads) {
  }

  /**
   * The rows of a report of the most downloaded over its period. All time: the stored totals
   * ({@code allTime}). A period: its leaders, found by {@link PeriodLeaders} and named by
   * {@code naming} (SQL selecting id, then the report's columns before the downloads, then what
   * else {@code order} reads), in the order of the most downloads, then {@code order}; should the
   * leaders not be found, every row of the period summed by {@code wholePeriod} (given the
   * period's rows as a union of rollup selects).
   */
  private static List<List<Object>> inPeriod(Database db, ReportParameters given, Side side, List<ReportColumn> columns,
      String allTime, Function<String, String> wholePeriod, String naming, Comparator<List<Object>> order) {
    LocalDate from = given.date("from");
    LocalDate to = given.date("to");
    int top = (int) given.integer("top"); // at most 1,000 (the parameter's bounds)
    if (DownloadPeriod.isAllTime(from, to)) {
      return SqlReport.of(allTime).with("top", top).rows(db, columns);
    }
    DownloadPeriod split = DownloadPeriod.of(from, to);
    Optional<List<Leader>> leaders = new PeriodLeaders(db).find(side, split, top);
    if (leaders.isEmpty()) {
      return SqlReport.of(wholePeriod.apply(split.rows(side))).withAll(split.parameters()).with("top", top)
          .rows(db, columns);
    }
    if (leaders.get().isEmpty()) {
      return List.of();
    }
    Map<Object, List<Object>> named = new HashMap<>();
    db.sqlQuery(naming).setParameter("ids", leaders.get().stream().map(Leader::id).toList()).findEach(row -> {
      List<Object> values = new ArrayList<>(row.values());
      named.put(values.remove(0), values);
    });
    List<Named> rows = new ArrayList<>();
    leaders.get().forEach(leader -> rows.add(new Named(named.get(leader.id()), leader.downloads())));
    rows.sort(Comparator.comparingLong(Named::downloads).reversed().thenComparing(Named::values, order));
    List<List<Object>> result = new ArrayList<>(rows.size());
    for (Named row : rows) {
      List<Object> values = new ArrayList<>(columns.size());
      for (int i = 0; i < columns.size() - 1; i++) {
        values.add(SqlReport.value(row.values().get(i), columns.get(i).type()));
      }
      values.add(row.downloads()); // the last column
      result.add(values);
    }
    return result;
  }

  static ReportDefinition byMonth() {
    List<ReportColumn> columns = List.of(ReportColumn.month("yearmonth", "Month"), DOWNLOADS);
    return new ReportDefinition("downloads-by-month", "Downloads by month",
        "Downloads of the whole catalog per month in a period; months without downloads show 0.",
        List.of(FROM, TO), columns, ChartSpec.line("yearmonth", "downloads"),
        (source, given) -> ReportTable.of(withEmptyMonths(SqlReport.of("select y * 100 + m as yearmonth,"
                + " sum(downloads) as downloads from (select extract(year from utc_day) as y,"
                + " extract(month from utc_day) as m, downloads from download_clients where 1 = 1"
                + SqlReport.periodCondition(given, "utc_day") + ") t group by y, m order by y, m")
            .withPeriod(given)
            .rows(source.database(), columns))));
  }

  /** Months between the first and the last with downloads get a row of 0, so a line chart reads true. */
  private static List<List<Object>> withEmptyMonths(List<List<Object>> rows) {
    if (rows.isEmpty()) {
      return rows;
    }
    List<List<Object>> filled = new ArrayList<>();
    YearMonth next = (YearMonth) rows.get(0).get(0);
    for (List<Object> row : rows) {
      YearMonth month = (YearMonth) row.get(0);
      for (; next.isBefore(month); next = next.plusMonths(1)) {
        filled.add(List.of(next, 0L));
      }
      filled.add(row);
      next = month.plusMonths(1);
    }
    return filled;
  }

  /** Downloads grouped by one client dimension of the rollup (installer, python, system). */
  private static ReportDefinition byClient(String id, String dimension, String label, String title,
      String description) {
    List<ReportColumn> columns = List.of(ReportColumn.text(dimension, label), DOWNLOADS);
    return new ReportDefinition(id, title, description, List.of(FROM, TO, TOP), columns,
        ChartSpec.pie(dimension, "downloads"),
        (source, given) -> ReportTable.of(SqlReport.of("select " + dimension + " as " + dimension
                + ", sum(downloads) as downloads from download_clients where 1 = 1"
                + SqlReport.periodCondition(given, "utc_day") + " group by " + dimension
                + " order by downloads desc, " + dimension + " limit :top")
            .withPeriod(given).with("top", given.integer("top"))
            .rows(source.database(), columns)));
  }
}
