package org.packdesk.catalog;

import io.ebean.Database;
import io.ebean.SqlQuery;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.packdesk.catalog.DownloadTrend.Granularity;
import org.packdesk.catalog.DownloadTrend.Point;

/**
 * Download trends read from the rollups, never from the raw rows: one grouped query per trend. A
 * package's days and weeks come from {@code download_package_days}, its months from
 * {@code download_package_months}, each through its (package, day) index; the catalog's from the
 * small {@code download_clients}.
 */
public final class DownloadTrends {

  /** How many periods a recent trend shows: a month of days, half a year of weeks, two years of months. */
  public static int periods(Granularity granularity) {
    return switch (granularity) {
      case DAY -> 30;
      case WEEK -> 26;
      case MONTH -> 24;
    };
  }

  private final Database database;

  public DownloadTrends(Database database) {
    this.database = database;
  }

  /**
   * The last {@link #periods} periods up to the latest day with downloads (logs are imported
   * after the fact, so "up to today" would often show nothing).
   *
   * @param packageId the package, or null for the whole catalog
   */
  public DownloadTrend recent(String packageId, Granularity granularity) {
    LocalDate last = lastDay(packageId);
    if (last == null) {
      return DownloadTrend.none(granularity);
    }
    LocalDate from = start(last, granularity).minus(periods(granularity) - 1L, unit(granularity));
    return counted(packageId, granularity, from, last);
  }

  /** The latest UTC day with a download (of the package, or of any); null when none was imported. */
  public LocalDate lastDay(String packageId) {
    SqlQuery query = database.sqlQuery(packageId == null ? "select max(utc_day) as last_day from download_clients"
        : "select max(utc_day) as last_day from download_package_days where package_id = :pkg");
    if (packageId != null) {
      query.setParameter("pkg", packageId);
    }
    return query.mapToScalar(LocalDate.class).findOne();
  }

  /**
   * Downloads per period from the period holding {@code from} to the one holding {@code to}, every
   * period present; empty when the package (or the catalog) has no downloads at all.
   */
  public DownloadTrend series(String packageId, Granularity granularity, LocalDate from, LocalDate to) {
    if (lastDay(packageId) == null) {
      return DownloadTrend.none(granularity);
    }
    return counted(packageId, granularity, from, to);
  }

  /** {@link #series} once it is known that there are downloads (recent() has just read the last day). */
  private DownloadTrend counted(String packageId, Granularity granularity, LocalDate from, LocalDate to) {
    LocalDate first = start(from, granularity);
    TreeMap<LocalDate, Long> perPeriod = new TreeMap<>();
    for (LocalDate period = first; !period.isAfter(to); period = period.plus(1, unit(granularity))) {
      perPeriod.put(period, 0L);
    }
    SqlQuery query = database.sqlQuery(sql(packageId != null, granularity))
        .setParameter("from", first)
        .setParameter("to", to);
    if (packageId != null) {
      query.setParameter("pkg", packageId);
    }
    query.findEach(row -> perPeriod.merge(start(day(row.get("first_day")), granularity), row.getLong("n"), Long::sum));
    List<Point> points = new ArrayList<>(perPeriod.size());
    perPeriod.forEach((start, downloads) -> points.add(new Point(start, downloads)));
    return new DownloadTrend(granularity, first, to, points);
  }

  /** Downloads per day (per month for a package's months) from the smallest rollup that has them. */
  private static String sql(boolean ofPackage, Granularity granularity) {
    String table = !ofPackage ? "download_clients"
        : granularity == Granularity.MONTH ? "download_package_months" : "download_package_days";
    String day = granularity == Granularity.MONTH && ofPackage ? "month_start" : "utc_day";
    return "select " + day + " as first_day, sum(downloads) as n from " + table + " where " + day + " >= :from and "
        + day + " <= :to" + (ofPackage ? " and package_id = :pkg" : "") + " group by " + day;
  }

  /** A day as the JDBC driver hands it back (H2 gives a LocalDate, others a java.sql.Date). */
  private static LocalDate day(Object value) {
    return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
  }

  /** The first day of the period that holds {@code day}: itself, its week's Monday, its month's first. */
  static LocalDate start(LocalDate day, Granularity granularity) {
    return switch (granularity) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
    };
  }

  private static ChronoUnit unit(Granularity granularity) {
    return switch (granularity) {
      case DAY -> ChronoUnit.DAYS;
      case WEEK -> ChronoUnit.WEEKS;
      case MONTH -> ChronoUnit.MONTHS;
    };
  }
}
