package org.packdesk.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebean.Database;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.db.CatalogDatabase;

/**
 * Each rollup's update finds its row through the unique key's index even when H2's statistics make
 * the release_id index look better: with the plain five-column WHERE, a popular release's every
 * rollup row was scanned per update, and generating a million downloads took hours.
 */
class DownloadRollupPlanTest {

  @TempDir
  Path dir;

  @Test
  void addingToADayUsesTheUniqueKeyIndexOnAnAnalysedCatalog() {
    try (CatalogDatabase catalog = TestCatalogs.open(dir)) {
      Database db = catalog.database();
      TestCatalogs.fillSample(db);
      String packageId = "requests";
      // a catalog's shape as H2's statistics see it: many releases, each downloaded on a few days by a few clients
      db.sqlUpdate("insert into releases (package_id, version_string, major, minor, build, pep440, sort_key, yanked,"
          + " version) select :pkg, '9.' || x, 9, x, 0, true, 'k' || x, false, 1 from system_range(1, 2000)")
          .setParameter("pkg", packageId).execute();
      db.sqlUpdate("insert into download_days (utc_day, package_id, release_id, installer, python, system, downloads,"
          + " version) select dateadd(day, x % 3, date '2025-01-01'), :pkg, r.id, 'pip', '3.' || (x % 2), 'Linux', 1, 1"
          + " from releases r cross join system_range(0, 3) where r.package_id = :pkg")
          .setParameter("pkg", packageId).execute();
      db.sqlUpdate("analyze table download_days").execute();

      db.sqlUpdate("insert into download_months (month_start, package_id, release_id, downloads, version)"
          + " select date '2025-01-01', :pkg, r.id, 1, 1 from releases r where r.package_id = :pkg")
          .setParameter("pkg", packageId).execute();
      db.sqlUpdate("analyze").execute();

      String day = plan(db, DownloadRollup.ADD_TO_DAY);
      assertTrue(day.contains("UQ_DOWNLOAD_DAYS_KEY"), day);
      assertFalse(day.contains("IX_DOWNLOAD_DAYS_RELEASE_ID"), day);
      String month = plan(db, DownloadRollup.ADD_TO_MONTH);
      assertTrue(month.contains("UQ_DOWNLOAD_MONTHS_KEY"), month);
      assertFalse(month.contains("IX_DOWNLOAD_MONTHS_RELEASE_ID"), month);
      String releaseDay = plan(db, DownloadRollup.ADD_TO_RELEASE_DAY);
      assertTrue(releaseDay.contains("UQ_DOWNLOAD_RELEASE_DAYS_KEY"), releaseDay);
      String packageDay = plan(db, DownloadRollup.ADD_TO_PACKAGE_DAY);
      assertTrue(packageDay.contains("UQ_DOWNLOAD_PACKAGE_DAYS_KEY"), packageDay);
      String packageMonth = plan(db, DownloadRollup.ADD_TO_PACKAGE_MONTH);
      assertTrue(packageMonth.contains("UQ_DOWNLOAD_PACKAGE_MONTHS_KEY"), packageMonth);
      String client = plan(db, DownloadRollup.ADD_TO_CLIENT);
      assertTrue(client.contains("UQ_DOWNLOAD_CLIENTS_KEY"), client);
    }
  }

  private static String plan(Database db, String sql) {
    return String.join("\n", db.sqlQuery("explain " + sql).mapToScalar(String.class).findList()).toUpperCase();
  }
}
