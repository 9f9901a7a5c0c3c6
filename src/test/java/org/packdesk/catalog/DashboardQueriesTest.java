package org.packdesk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.catalog.DashboardQueries.MonthCount;
import org.packdesk.catalog.DashboardQueries.PackageSize;
import org.packdesk.catalog.DashboardQueries.RecentRelease;
import org.packdesk.db.CatalogDatabase;

class DashboardQueriesTest {

  @TempDir
  Path dir;
  CatalogDatabase catalog;
  DashboardQueries queries;

  @BeforeEach
  void open() {
    catalog = TestCatalogs.open(dir);
    TestCatalogs.fillSample(catalog.database());
    queries = new DashboardQueries(catalog.database());
  }

  @AfterEach
  void close() {
    catalog.close();
  }

  @Test
  void latestReleasesAreNewestByDate() {
    List<RecentRelease> latest = queries.latestReleases(3);
    assertEquals(List.of("numpy 1.14.5", "Flask 1.0.2", "requests 2.18.4"),
        latest.stream().map(r -> r.packageName() + " " + r.version()).toList());
  }

  @Test
  void largestPackagesAddUpTheirFiles() {
    // requests: files of 1,000 + 2,000 + 3,000 bytes in 3 releases; numpy 5,000; flask 4,000
    assertEquals(List.of(new PackageSize("requests", "requests", 6000, 3), new PackageSize("numpy", "numpy", 5000, 1),
        new PackageSize("flask", "Flask", 4000, 1)), queries.largestPackages(10));
    assertEquals(1, queries.largestPackages(1).size());
  }

  @Test
  void releasesPerMonthEndWithTheLatestMonth() {
    List<MonthCount> months = queries.releasesPerMonth(24);
    assertEquals(24, months.size());
    assertEquals(new MonthCount(YearMonth.of(2018, 6), 1), months.get(23));
    assertEquals(new MonthCount(YearMonth.of(2018, 5), 1), months.get(22));
    assertEquals(2, months.stream().filter(m -> m.month().equals(YearMonth.of(2017, 8))).findFirst().orElseThrow().releases());
    assertEquals(5 - 1, months.stream().mapToLong(MonthCount::releases).sum(), "0.2.0 of 2011 is older than 24 months");
  }
}
