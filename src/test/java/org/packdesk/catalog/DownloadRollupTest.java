package org.packdesk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.ebean.Database;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.catalog.edit.ChangeJournal;
import org.packdesk.catalog.edit.DeletePackage;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.importer.DownloadLogSamples;

/** Every rollup and total counts what the day rollup (and so the raw rows) counts, through every write path. */
public class DownloadRollupTest {

  @TempDir
  Path dir;
  CatalogDatabase catalog;
  Database db;

  @BeforeEach
  void open() {
    catalog = TestCatalogs.open(dir);
    db = catalog.database();
    TestCatalogs.fillSample(db);
  }

  @AfterEach
  void close() {
    catalog.close();
  }

  /**
   * The months and the catalog's client days are the day rollup regrouped, and the stored release
   * and package totals count the raw rows. (The sample catalog's own three raw downloads were never
   * imported, so the day rollup lacks them: it is compared with the raw rows by the importer's tests.)
   */
  public static void assertRollupsAgree(Database db) {
    assertEquals(List.of(), difference(db, "select utc_day, release_id, downloads from download_release_days",
        "select utc_day, release_id, sum(downloads) from download_days group by utc_day, release_id"), "release days");
    assertEquals(List.of(), difference(db, "select month_start, release_id, package_id, downloads from download_months",
        "select cast(date_trunc('month', utc_day) as date), release_id, package_id, sum(downloads) from download_days"
            + " group by cast(date_trunc('month', utc_day) as date), release_id, package_id"), "months");
    assertEquals(List.of(), difference(db, "select month_start, package_id, downloads from download_package_months",
        "select cast(date_trunc('month', utc_day) as date), package_id, sum(downloads) from download_days"
            + " group by cast(date_trunc('month', utc_day) as date), package_id"), "package months");
    assertEquals(List.of(), difference(db, "select utc_day, package_id, downloads from download_package_days",
        "select utc_day, package_id, sum(downloads) from download_days group by utc_day, package_id"), "package days");
    assertEquals(List.of(), difference(db, "select utc_day, installer, python, system, downloads from download_clients",
        "select utc_day, installer, python, system, sum(downloads) from download_days"
            + " group by utc_day, installer, python, system"), "client days");
    CatalogTotalsTest.assertTotalsMatchTheRows(db);
  }

  /** The rows of either query that the other lacks. */
  private static List<String> difference(Database db, String a, String b) {
    return db.sqlQuery("select * from ((" + a + " except " + b + ") union all (" + b + " except " + a + ")) t")
        .findList().stream().map(Object::toString).toList();
  }

  private static long count(Database db, String sql) {
    return db.sqlQuery(sql).mapToScalar(Long.class).findOne();
  }

  @Test
  void anImportAddsToEveryRollup() throws Exception {
    DownloadLogSamples.importLog(db, dir, DownloadLogSamples.ACCESS_LOG);

    assertRollupsAgree(db);
    // requests 2.18.4: three downloads on 2018-10-10, one on 2018-10-11 (on top of the sample's raw rows)
    assertEquals(4, count(db, "select downloads from download_months where month_start = date '2018-10-01'"
        + " and release_id = (select id from releases where version_string = '2.18.4')"));
    assertEquals(3, count(db, "select downloads from download_release_days where utc_day = date '2018-10-10'"
        + " and release_id = (select id from releases where version_string = '2.18.4')"));
    assertEquals(6, count(db, "select sum(downloads) from download_clients"));
  }

  @Test
  void importingAgainAddsToTheRowsAlreadyThere() throws Exception {
    DownloadLogSamples.importLog(db, dir, DownloadLogSamples.ACCESS_LOG);
    long months = count(db, "select count(*) from download_months");
    long clients = count(db, "select count(*) from download_clients");

    DownloadLogSamples.importLog(db, dir, DownloadLogSamples.ACCESS_LOG);

    assertRollupsAgree(db);
    assertEquals(months, count(db, "select count(*) from download_months"), "the same months, counted twice");
    assertEquals(clients, count(db, "select count(*) from download_clients"));
    assertEquals(12, count(db, "select sum(downloads) from download_clients"));
  }

  /**
   * A batch that reaches past the last stored day: days after it are inserted without looking for
   * rows, the last day itself (and an earlier one) adds to the rows already there.
   */
  @Test
  void aBatchOnTheLastStoredDayAndAfterItAddsToOldRowsAndMakesNewOnes() throws Exception {
    DownloadLogSamples.importLog(db, dir, DownloadLogSamples.ACCESS_LOG); // 10 and 11 October 2018
    java.time.Instant lastDay = java.time.Instant.parse("2018-10-11T20:00:00Z");
    String file = "requests-2.18.4.tar.gz";
    DownloadLogSamples.importLog(db, dir, String.join("\n",
        DownloadLogSamples.accessLine("192.0.2.1", java.time.Instant.parse("2018-10-10T20:00:00Z"), file),
        DownloadLogSamples.accessLine("192.0.2.2", lastDay, file),
        DownloadLogSamples.accessLine("192.0.2.3", lastDay.plusSeconds(86_400), file),
        DownloadLogSamples.accessLine("192.0.2.4", java.time.Instant.parse("2018-11-02T08:00:00Z"), file)) + "\n");

    assertRollupsAgree(db);
    String requests = "(select id from releases where version_string = '2.18.4')";
    assertEquals(3, count(db, "select sum(downloads) from download_days where release_id = " + requests
        + " and utc_day = date '2018-10-10' and installer = 'pip'"), "two from the first log, one from the second");
    assertEquals(1, count(db, "select downloads from download_package_days where package_id = 'requests'"
        + " and utc_day = date '2018-10-12'"));
    assertEquals(1, count(db, "select downloads from download_months where release_id = " + requests
        + " and month_start = date '2018-11-01'"));
    assertEquals(10, count(db, "select sum(downloads) from download_clients"));
  }

  @Test
  void rebuildingFromTheDaysGivesWhatTheImportWrote() throws Exception {
    DownloadLogSamples.importLog(db, dir, DownloadLogSamples.ACCESS_LOG);
    DownloadLogSamples.importLog(db, dir, DownloadLogSamples.CSV);
    List<String> months = rows("select month_start, release_id, downloads from download_months order by 1, 2");
    List<String> clients = rows("select utc_day, installer, python, system, downloads from download_clients"
        + " order by 1, 2, 3, 4");
    List<String> totals = rows("select id, download_total from releases order by id");
    List<String> packageDays = rows("select utc_day, package_id, downloads from download_package_days order by 1, 2");
    List<String> releaseDays = rows("select utc_day, release_id, downloads from download_release_days order by 1, 2");
    assertFalse(releaseDays.isEmpty());

    try (io.ebean.Transaction txn = db.beginTransaction()) {
      DownloadRollup.rebuildFromDays(txn.connection());
      txn.commit();
    }

    assertEquals(months, rows("select month_start, release_id, downloads from download_months order by 1, 2"));
    assertEquals(clients, rows("select utc_day, installer, python, system, downloads from download_clients"
        + " order by 1, 2, 3, 4"));
    assertEquals(packageDays, rows("select utc_day, package_id, downloads from download_package_days order by 1, 2"));
    assertEquals(releaseDays, rows("select utc_day, release_id, downloads from download_release_days order by 1, 2"));
    // the sample's three raw downloads were never rolled up: from the days, requests 2.18.4 has the imported 5
    assertEquals(totals.stream().map(t -> t.replace("download_total=8", "download_total=5")).toList(),
        rows("select id, download_total from releases order by id"));
  }

  private List<String> rows(String sql) {
    return db.sqlQuery(sql).findList().stream().map(Object::toString).toList();
  }

  @Test
  void deletingAPackageTakesItsDownloadsOutOfTheCatalogWideRollup() throws Exception {
    DownloadLogSamples.importLog(db, dir, DownloadLogSamples.ACCESS_LOG);
    DownloadLogSamples.importLog(db, dir, DownloadLogSamples.CSV);

    List<String> tables = List.of("downloads", "download_days", "download_months", "download_package_days",
        "download_package_months");
    for (String table : tables) {
      assertTrue(count(db, "select count(*) from " + table + " where package_id = 'requests'") > 0,
          table + " holds requests' rows before the deletion");
    }
    new ChangeJournal(db, () -> "tester").perform(new DeletePackage("requests",
        new PackageEditing(db).deletionImpact("requests")));

    assertRollupsAgree(db);
    for (String table : tables) {
      assertEquals(0, count(db, "select count(*) from " + table + " where package_id = 'requests'"),
          table + ": a package's rows go with it (through its releases where the table has no key to packages)");
    }
    assertEquals(0, count(db, "select count(*) from download_clients where downloads <= 0"), "emptied rows go");
    assertEquals(4, count(db, "select sum(downloads) from download_clients"), "flask and numpy, twice each");
  }
}
