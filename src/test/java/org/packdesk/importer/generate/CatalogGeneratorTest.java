package org.packdesk.importer.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebean.Database;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.catalog.DownloadRollupTest;
import org.packdesk.db.CatalogDatabase;

/** The generator on real H2 catalogs: reproducible, exact in its counts, and shaped like PyPI. */
class CatalogGeneratorTest {

  private static final CatalogSize SIZE = new CatalogSize(300, 2_500, 10_000, 7);

  @TempDir
  static Path dir;
  private static CatalogDatabase catalog;
  private static GenerationReport report;

  @BeforeAll
  static void generate() {
    catalog = TestCatalogs.open(dir.resolve("first"));
    report = CatalogGenerator.intoStagedFile(catalog.database(), "tester").generate(SIZE, GenerationProgress.NONE);
  }

  @AfterAll
  static void close() {
    catalog.close();
  }

  private static long number(String sql) {
    return catalog.database().sqlQuery(sql).mapToScalar(Long.class).findOne();
  }

  @Test
  void theSameSeedMakesTheSameCatalogStagedOrInPlaceAndAnotherSeedAnotherOne() throws Exception {
    var first = CatalogDigest.of(catalog.database());
    try (CatalogDatabase again = TestCatalogs.open(dir.resolve("again"));
         CatalogDatabase other = TestCatalogs.open(dir.resolve("other"))) {
      new CatalogGenerator(again.database(), "tester").generate(SIZE, GenerationProgress.NONE);
      new CatalogGenerator(other.database(), "tester").generate(new CatalogSize(300, 2_500, 10_000, 8),
          GenerationProgress.NONE);
      assertEquals(first, CatalogDigest.of(again.database()));
      assertNotEquals(first, CatalogDigest.of(other.database()));
    }
  }

  @Test
  void theRequestedCountsAreMetExactly() {
    assertEquals(300, number("select count(*) from packages"));
    assertEquals(2_500, number("select count(*) from releases"));
    assertEquals(10_000, number("select count(*) from downloads"));
    assertEquals(0, number("select count(*) from packages p where not exists"
        + " (select 1 from releases r where r.package_id = p.id)"), "every package has a release");
    assertEquals(report.rows().get("release_files"), number("select count(*) from release_files"));
    assertEquals(300, number("select count(*) from auditing where action = 'import'"), "one journal entry a package");
  }

  @Test
  void theTotalsTheBulkPathSetsEqualARecountOfTheRows() throws Exception {
    String totals = "select id, latest_version, latest_sort_key, maintainer_count, download_total,"
        + " (select sum(file_count) from releases r where r.package_id = p.id),"
        + " (select sum(total_size) from releases r where r.package_id = p.id) from packages p order by id";
    List<String> written = rowsOf(totals);
    try (var txn = catalog.database().beginTransaction()) {
      org.packdesk.catalog.CatalogTotals.recountAll(txn.connection());
      List<String> recounted = rowsOf(totals);
      txn.rollback();
      assertEquals(recounted, written);
    }
    assertEquals(300, number("select count(distinct package_id) from search_backlog"), "every package is to be indexed");
    assertEquals(0, number("select count(*) from (select package_id from search_backlog group by package_id"
        + " having count(*) > 2) t"), "marked when made and when its totals are set, not once a download batch");
  }

  private static List<String> rowsOf(String sql) {
    return catalog.database().sqlQuery(sql).findList().stream().map(row -> row.values().toString()).toList();
  }

  @Test
  void theCacheEnlargedForTheBulkLoadIsPutBackAsAFreshCatalogHasIt() {
    String cache = "select setting_value from information_schema.settings where setting_name = 'info.CACHE_MAX_SIZE'";
    try (CatalogDatabase fresh = TestCatalogs.open(dir.resolve("fresh"))) {
      String before = fresh.database().sqlQuery(cache).mapToScalar(String.class).findOne();
      assertEquals(before, catalog.database().sqlQuery(cache).mapToScalar(String.class).findOne());
      assertNotEquals(String.valueOf(BulkCache.megabytes()), before);
    }
  }

  @Test
  void theIndexesAndForeignKeysDroppedForTheLoadAreBackAsAFreshCatalogHasThem() throws Exception {
    try (CatalogDatabase fresh = TestCatalogs.open(dir.resolve("fresh-schema"));
         var freshConnection = fresh.database().dataSource().getConnection();
         var connection = catalog.database().dataSource().getConnection()) {
      assertEquals(SchemaShape.of(freshConnection), SchemaShape.of(connection));
    }
  }

  /** The foreign keys came back without checking the rows (NOCHECK): no row may point nowhere. */
  @Test
  void everyRowItWroteRefersToRowsThatExist() {
    for (String table : List.of("downloads", "download_days", "download_months")) {
      assertEquals(0, number("select count(*) from " + table + " d where not exists"
          + " (select 1 from releases r where r.id = d.release_id and r.package_id = d.package_id)"), table);
    }
    for (String table : List.of("download_package_days", "download_package_months")) {
      assertEquals(0, number("select count(*) from " + table + " d where not exists"
          + " (select 1 from packages p where p.id = d.package_id)"), table);
    }
  }

  @Test
  void releaseCountsAreSkewedMostPackagesHaveFewAFewHaveMany() {
    List<Long> counts = catalog.database().sqlQuery("select count(*) from releases group by package_id order by 1")
        .mapToScalar(Long.class).findList();
    long median = counts.get(counts.size() / 2);
    long atMostFive = counts.stream().filter(c -> c <= 5).count();
    assertTrue(median <= 3, "median " + median);
    assertTrue(atMostFive > counts.size() * 6 / 10, atMostFive + " of " + counts.size() + " have 1 to 5 releases");
    assertTrue(counts.get(counts.size() - 1) >= 50, "the biggest package has " + counts.get(counts.size() - 1));
  }

  @Test
  void versionsAreMostlyValidPep440WithPreDevAndPostReleasesAndSomeLegacy() {
    long releases = number("select count(*) from releases");
    long valid = number("select count(*) from releases where pep440");
    assertTrue(valid > releases * 9 / 10 && valid < releases, valid + " of " + releases + " valid");
    assertTrue(number("select count(*) from releases where version_string like '20__.%'") > 0, "calendar versions");
    assertTrue(number("select count(*) from releases where pre_label = 'rc'") > 0);
    assertTrue(number("select count(*) from releases where dev_number is not null") > 0);
    assertTrue(number("select count(*) from releases where post_number is not null") > 0);
  }

  @Test
  void licensesFollowPypiFrequenciesMitFirstAndSomeWithout() {
    List<String> byUse = catalog.database().sqlQuery("select license_id from packages where license_id is not null"
        + " group by license_id order by count(*) desc").mapToScalar(String.class).findList();
    assertEquals("MIT", byUse.get(0));
    assertTrue(byUse.indexOf("Apache-2.0") < byUse.indexOf("GPL-3.0-only") || !byUse.contains("GPL-3.0-only"), byUse.toString());
    long without = number("select count(*) from packages where license_id is null");
    assertTrue(without > 300 / 10 && without < 300 * 4 / 10, without + " without a license");
    assertTrue(number("select count(*) from package_languages where language_id = 'Python :: 3'") > 300 / 2);
  }

  @Test
  void usersAreSharedAcrossPackages() {
    long mostPackages = number("select max(n) from (select count(*) n from maintainers group by user_id)");
    long users = number("select count(*) from users");
    assertTrue(mostPackages >= 5, "the busiest user maintains " + mostPackages);
    assertTrue(users < number("select count(*) from maintainers"), users + " users");
  }

  @Test
  void filesAreSdistsAndWheelsWithPythonTags() {
    assertTrue(number("select count(*) from release_files where packagetype = 'sdist' and python_version = 'source'") > 0);
    assertTrue(number("select count(*) from release_files where packagetype = 'bdist_wheel'"
        + " and filename like '%-py3-none-any.whl'") > 0);
    assertTrue(number("select count(*) from release_files where python_version like 'cp3%'") > 0);
  }

  @Test
  void downloadsFavourPopularPackagesAndTheRollupEqualsTheRawRows() {
    long top = number("select max(n) from (select count(*) n from downloads group by package_id)");
    assertTrue(top > 10_000 / 20, "the most downloaded package has " + top);
    assertEquals(10_000, number("select sum(downloads) from download_days"));
    String raw = "select release_id, cast(created_date as date), count(*) from downloads"
        + " group by release_id, cast(created_date as date)";
    String rolled = "select release_id, utc_day, sum(downloads) from download_days group by release_id, utc_day";
    assertEquals(0, number("select count(*) from (" + raw + " except " + rolled + ")"));
    assertEquals(0, number("select count(*) from (" + rolled + " except " + raw + ")"));
    assertTrue(number("select count(*) from download_days where installer = 'pip' and python = '3.11'"
        + " and system = 'Linux'") > 0, "pip's user agents are read");
  }

  @Test
  void aStagedLoadOfManyBatchesCommittedInChunksKeepsEveryRollupAndTotalEqualToTheRawRows() {
    try (CatalogDatabase batched = TestCatalogs.open(dir.resolve("batched"))) {
      Database db = batched.database();
      // batches of 1,500 downloads, each committed a thousand rows at a time: a day's rows span
      // batches, so later batches add to rollup rows earlier ones made
      new CatalogGenerator(db, "tester", true, 1_500).generate(SIZE, GenerationProgress.NONE);
      String raw = "select release_id, cast(created_date as date), count(*) from downloads"
          + " group by release_id, cast(created_date as date)";
      String rolled = "select release_id, utc_day, sum(downloads) from download_days group by release_id, utc_day";
      assertEquals(0, number(db, "select count(*) from ((" + raw + " except " + rolled + ") union all ("
          + rolled + " except " + raw + ")) t"));
      assertEquals(10_000, number(db, "select count(*) from downloads"));
      assertTrue(number(db, "select count(*) from download_imports where downloads = 10000") == 1,
          "the import record counts every batch");
      DownloadRollupTest.assertRollupsAgree(db);
    }
  }

  private static long number(Database db, String sql) {
    return db.sqlQuery(sql).mapToScalar(Long.class).findOne();
  }

  @Test
  void aFewProjectsAreArchivedDeprecatedOrQuarantinedAndAFewReleasesYanked() {
    long active = number("select count(*) from packages where lifecycle = 'active'");
    long other = number("select count(*) from packages where lifecycle <> 'active'");
    assertEquals(300, active + other);
    assertTrue(other >= 1 && other <= 300 / 20, other + " of 300 projects are not active");
    assertEquals(0, number("select count(*) from packages where lifecycle = 'active' and lifecycle_note is not null"));
    assertEquals(0, number("select count(*) from packages p where p.lifecycle = 'deprecated'"
        + " and p.lifecycle_note like 'Use % instead.' and not exists (select 1 from packages s"
        + " where p.lifecycle_note = 'Use ' || s.id || ' instead.' and s.id <> p.id)"), "a successor is another package");
    long yanked = number("select count(*) from releases where yanked");
    assertTrue(yanked >= 1 && yanked <= 2_500 / 50, yanked + " of 2,500 releases are yanked");
    assertEquals(0, number("select count(*) from releases where not yanked and yanked_reason is not null"));
  }

  @Test
  void aCatalogThatHoldsDataIsRefusedAndLeftAsItWas() {
    try (CatalogDatabase sample = TestCatalogs.open(dir.resolve("sample"))) {
      Database db = sample.database();
      TestCatalogs.fillSample(db);
      assertThrows(IllegalStateException.class,
          () -> new CatalogGenerator(db, "tester").generate(new CatalogSize(5, 5, 5, 1), GenerationProgress.NONE));
      assertEquals(3, db.sqlQuery("select count(*) from packages").mapToScalar(Long.class).findOne());
    }
  }

  @Test
  void fewerReleasesThanPackagesIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CatalogSize(10, 9, 0, 1));
    assertTrue(e.getMessage().contains("--releases must be at least --packages"), e.getMessage());
  }
}
