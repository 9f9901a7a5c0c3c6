package org.packdesk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.catalog.DownloadTrend.Granularity;
import org.packdesk.catalog.DownloadTrend.Point;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.importer.DownloadLogSamples;

/**
 * Trends on the sample catalog with the sample logs imported: the access log (2018-10-10: 3 of
 * requests and 1 of flask, 2018-10-11: 1 of requests and 1 of numpy) and the CSV (2018-06-01:
 * requests and numpy, 2018-06-02: flask).
 */
class DownloadTrendsTest {

  @TempDir
  Path dir;
  CatalogDatabase catalog;
  DownloadTrends trends;

  @BeforeEach
  void open() {
    catalog = TestCatalogs.open(dir.resolve("db"));
    TestCatalogs.fillSample(catalog.database());
    trends = new DownloadTrends(catalog.database());
  }

  @AfterEach
  void close() {
    catalog.close();
  }

  private void importSamples() throws Exception {
    DownloadLogSamples.importLog(catalog.database(), dir, DownloadLogSamples.ACCESS_LOG);
    DownloadLogSamples.importLog(catalog.database(), dir, DownloadLogSamples.CSV);
  }

  private static List<Long> counts(DownloadTrend trend) {
    return trend.points().stream().map(Point::downloads).toList();
  }

  @Test
  void withoutImportedDownloadsThereIsNoTrendEvenWithRawRows() {
    // the sample's three raw downloads predate the rollup: trends read the rollup only
    assertTrue(trends.recent(null, Granularity.DAY).isEmpty());
    assertTrue(trends.recent("requests", Granularity.MONTH).isEmpty());
  }

  @Test
  void daysOfAPackageEndOnItsLastDayWithDownloadsAndHaveNoGaps() throws Exception {
    importSamples();
    DownloadTrend days = trends.recent("requests", Granularity.DAY);

    assertEquals(30, days.points().size());
    assertEquals(LocalDate.of(2018, 10, 11), days.to());
    assertEquals(LocalDate.of(2018, 9, 12), days.from());
    assertEquals(List.of(3L, 1L), counts(days).subList(28, 30));
    assertEquals(4, days.total(), "June's download is older than 30 days");
  }

  @Test
  void weeksStartOnMondayAndMonthsOnTheFirst() throws Exception {
    importSamples();
    DownloadTrend weeks = trends.series(null, Granularity.WEEK, LocalDate.of(2018, 10, 10), LocalDate.of(2018, 10, 11));
    assertEquals(List.of(new Point(LocalDate.of(2018, 10, 8), 6)), weeks.points());

    DownloadTrend months = trends.recent(null, Granularity.MONTH);
    assertEquals(24, months.points().size());
    assertEquals(LocalDate.of(2016, 11, 1), months.from());
    List<Point> last = months.points().subList(19, 24);
    assertEquals(List.of(new Point(LocalDate.of(2018, 6, 1), 3), new Point(LocalDate.of(2018, 7, 1), 0),
        new Point(LocalDate.of(2018, 8, 1), 0), new Point(LocalDate.of(2018, 9, 1), 0),
        new Point(LocalDate.of(2018, 10, 1), 6)), last);
    assertEquals(9, months.total());
  }

  @Test
  void aPackageWithoutDownloadsHasNoTrendWhileOthersDo() throws Exception {
    DownloadLogSamples.importLog(catalog.database(), dir, DownloadLogSamples.CSV);

    assertFalse(trends.recent("requests", Granularity.WEEK).isEmpty());
    assertEquals(1, trends.recent("flask", Granularity.WEEK).total());
    assertTrue(trends.recent("no-such-package", Granularity.WEEK).isEmpty());
  }
}
