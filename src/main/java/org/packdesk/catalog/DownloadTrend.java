package org.packdesk.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * Downloads over time, for a package or the whole catalog: one point per day, week (from Monday)
 * or month, every period of the range present (zero where nothing was downloaded).
 *
 * @param to the last day of the range; null with no downloads at all
 */
public record DownloadTrend(Granularity granularity, LocalDate from, LocalDate to, List<Point> points) {

  /** The length of one point of a trend. */
  public enum Granularity { DAY, WEEK, MONTH }

  /** The downloads of the period starting on {@code start}. */
  public record Point(LocalDate start, long downloads) {
  }

  /** A trend without any download: nothing was imported (for this package). */
  public static DownloadTrend none(Granularity granularity) {
    return new DownloadTrend(granularity, null, null, List.of());
  }

  public boolean isEmpty() {
    return points.isEmpty();
  }

  public long total() {
    return points.stream().mapToLong(Point::downloads).sum();
  }
}
