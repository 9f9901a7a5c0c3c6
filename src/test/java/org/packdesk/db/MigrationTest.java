package org.packdesk.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.catalog.CatalogCounts;
import org.packdesk.catalog.CatalogStatistics;
import org.packdesk.model.Package;
import org.packdesk.model.Release;

/** The schema comes from the committed migrations, at every start, safely. */
public class MigrationTest {

  private static final String FIXTURE_1_0 = "/fixtures/catalog-1.0.mv.db";
  /** docopt and mccabe with 40 downloads over three months, imported by the app at schema 1.4. */
  private static final String FIXTURE_1_4 = "/fixtures/catalog-1.4-downloads.mv.db";
  /** The newest committed migration: update with every schema change. */
  public static final String LATEST = "1.10";

  @TempDir
  Path dir;

  @Test
  void newCatalogIsCreatedAtTheLatestSchemaWithoutABackup() {
    CatalogLocation location = CatalogLocation.ofFile(dir.resolve("new"));
    List<String> steps = new java.util.ArrayList<>();
    try (CatalogDatabase catalog = CatalogDatabase.open(location, steps::add)) {
      assertEquals(List.of(), steps, "a new catalog is neither backed up nor upgraded");
      assertTrue(catalog.migration().createdNew());
      assertEquals(List.of("1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10"), catalog.migration().applied());
      assertEquals(LATEST, catalog.schemaVersion());
      assertTrue(catalog.migration().backup().isEmpty());
      assertEquals(CatalogCounts.EMPTY, new CatalogStatistics(catalog.database()).counts());
    }
    assertTrue(Files.exists(dir.resolve("new.mv.db")));
  }

  @Test
  void reopeningAnUpToDateCatalogHasNothingToDo() {
    CatalogLocation location = CatalogLocation.ofFile(dir.resolve("again"));
    CatalogDatabase.open(location).close();
    try (CatalogDatabase catalog = CatalogDatabase.open(location)) {
      assertEquals(List.of(), catalog.migration().applied());
      assertTrue(catalog.migration().backup().isEmpty(), "no backup when nothing is migrated");
    }
    assertEquals(List.of(), new CatalogBackups(location.file().orElseThrow()).list());
  }

  @Test
  void catalogMadeAtTheFirstMigrationOpensWithItsRowsIntact() throws Exception {
    CatalogLocation location = copyFixture("old");
    List<String> steps = new java.util.ArrayList<>();
    try (CatalogDatabase catalog = CatalogDatabase.open(location, steps::add)) {
      assertEquals(List.of("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10"), catalog.migration().applied());
      assertEquals(2, steps.size(), "what the opening window says meanwhile: " + steps);
      assertTrue(steps.get(0).matches("Backing up the catalog before upgrading it \\(0\\.\\d GB\\)\u2026"), steps.get(0));
      assertTrue(steps.get(1).startsWith("Upgrading the catalog to schema " + LATEST), steps.get(1));
      assertEquals(LATEST, catalog.schemaVersion());
      assertTrue(catalog.migration().backup().isPresent(), "backed up before the upgrade");
      assertSampleIntact(catalog);
      // 1.10: the raw rows, days and months reach packages through their releases only
      assertEquals(0, catalog.database().sqlQuery("select count(*) from information_schema.table_constraints"
          + " where lower(constraint_name) in ('fk_downloads_package_id', 'fk_download_days_package_id',"
          + " 'fk_download_months_package_id')").mapToScalar(Long.class).findOne());
      assertEquals(0, catalog.database().sqlQuery("select count(*) from information_schema.indexes"
          + " where lower(index_name) in ('ix_downloads_package_id', 'ix_download_days_package_id',"
          + " 'ix_download_months_package_id')").mapToScalar(Long.class).findOne());
      assertEquals(1, catalog.database().sqlQuery("select count(*) from information_schema.indexes"
          + " where lower(index_name) = 'ix_downloads_package_created_id'").mapToScalar(Long.class).findOne(),
          "the wider index that serves lookups by package stays");
      // 1.1: every package starts active, without a note
      assertEquals(3, catalog.database().sqlQuery("select count(*) from packages where lifecycle = 'active'"
          + " and lifecycle_note is null").mapToScalar(Long.class).findOne());
      // 1.3: the derived columns tables sort by are filled from the rows
      org.packdesk.catalog.CatalogTotalsTest.assertTotalsMatchTheRows(catalog.database());
      // 1.7: the licenses' and languages' package counts are filled from the packages
      org.packdesk.catalog.UsageCountsTest.assertUsageCountsMatchTheRows(catalog.database());
      assertEquals(List.of("BSD-3-Clause=2", "Apache-2.0=1"), catalog.database().sqlQuery(
          "select id || '=' || package_count from licenses order by package_count desc, id").mapToScalar(String.class).findList());
      assertEquals(List.of("Python :: 3=2", "Python :: 3.6=2"), catalog.database().sqlQuery(
          "select id || '=' || package_count from languages order by package_count desc, id").mapToScalar(String.class).findList());
      org.packdesk.model.Package requests = catalog.database().find(org.packdesk.model.Package.class, "requests");
      assertEquals("2.18.4", requests.getLatestVersion());
      assertEquals(1, requests.getMaintainerCount());
      assertEquals(3, requests.getDownloadTotal());
      assertEquals(2, catalog.database().find(org.packdesk.model.Package.class, "flask").getMaintainerCount());
      assertEquals(1, catalog.database().sqlQuery("select file_count from releases where version_string = '2.18.4'")
          .mapToScalar(Integer.class).findOne());
    }
  }

  @Test
  void catalogWithDownloadsFromBefore15GetsItsMonthlyClientAndReleaseDayRollupsFilled() throws Exception {
    CatalogLocation location = copyFixture(FIXTURE_1_4, "downloads");
    try (CatalogDatabase catalog = CatalogDatabase.open(location)) {
      assertEquals(List.of("1.5", "1.6", "1.7", "1.8", "1.9", "1.10"), catalog.migration().applied());
      io.ebean.Database db = catalog.database();
      assertEquals(40, db.sqlQuery("select count(*) from downloads").mapToScalar(Long.class).findOne());
      assertEquals(List.of(java.time.LocalDate.of(2018, 9, 1), java.time.LocalDate.of(2018, 10, 1),
              java.time.LocalDate.of(2018, 11, 1)),
          db.sqlQuery("select distinct month_start from download_months order by month_start")
              .mapToScalar(java.time.LocalDate.class).findList());
      org.packdesk.catalog.DownloadRollupTest.assertRollupsAgree(db);
    }
  }

  @Test
  void theBackupMadeBeforeAnUpgradeIsTheCatalogAsItWas() throws Exception {
    CatalogLocation location = copyFixture("upgrade");
    Path backup;
    try (CatalogDatabase catalog = CatalogDatabase.open(location)) {
      backup = catalog.migration().backup().orElseThrow();
    }
    assertEquals(List.of(backup), new CatalogBackups(location.file().orElseThrow()).list());
    String url = CatalogLocation.ofFile(backup).jdbcUrl() + ";ACCESS_MODE_DATA=r";
    try (Connection c = DriverManager.getConnection(url, "sa", "");
         ResultSet version = c.createStatement().executeQuery(
             "select max(mversion) from db_migration where mtype = 'V' and mstatus = 'SUCCESS'");
         ResultSet packages = c.createStatement().executeQuery("select count(*) from packages")) {
      version.next();
      assertEquals("1.0", version.getString(1));
      packages.next();
      assertEquals(3, packages.getInt(1));
    }
  }

  @Test
  void onlyTheNewestFiveBackupsAreKept() throws Exception {
    Path file = dir.resolve("many");
    Files.writeString(dir.resolve("many.mv.db"), "stand-in for a catalog");
    CatalogBackups backups = new CatalogBackups(file);
    for (int day = 1; day <= 7; day++) {
      backups.backup(LocalDateTime.of(2026, 11, day, 12, 0));
    }
    List<Path> kept = backups.list();
    assertEquals(5, kept.size());
    assertEquals("many.backup-20261103-120000.mv.db", kept.get(0).getFileName().toString());
    assertEquals("many.backup-20261107-120000.mv.db", kept.get(4).getFileName().toString());
  }

  @Test
  void aDiskWithoutRoomForTheBackupIsSaidBeforeAnythingIsCopiedOrChanged() throws Exception {
    Path file = dir.resolve("big");
    byte[] catalog = "stand-in for a catalog of many gigabytes".getBytes();
    Files.write(dir.resolve("big.mv.db"), catalog);
    long needed = catalog.length + CatalogBackups.HEADROOM;
    CatalogBackups full = new CatalogBackups(file, folder -> needed - 1);
    CatalogOpenException e = assertThrows(CatalogOpenException.class, () -> full.backup(LocalDateTime.now()));
    assertTrue(e.getMessage().contains("needs " + CatalogBackups.amount(needed) + ", but only "
        + CatalogBackups.amount(needed - 1) + " is free") && e.getMessage().contains("Nothing was changed")
        && e.getMessage().contains("big.backup-*.mv.db"), e.getMessage());
    assertEquals(List.of(), full.list());
    assertArrayEquals(catalog, Files.readAllBytes(dir.resolve("big.mv.db")));

    Path made = new CatalogBackups(file, folder -> needed).backup(LocalDateTime.now());
    assertEquals(List.of(made), full.list(), "with just enough room the copy is made");
    assertEquals("1.2 GB", CatalogBackups.amount(1_200_000_000L));
    assertEquals("340 MB", CatalogBackups.amount(340_000_000L));
  }

  /**
   * The app killed while upgrading: the runner's lock is still taken and a step's first column is
   * already there (H2 commits definitions at once). Opening used to wait for the lock forever.
   */
  @Test
  void anUpgradeCutOffHalfWayIsRestoredFromItsBackupAndRunAgain() throws Exception {
    CatalogLocation location = copyFixture("cut");
    CatalogBackups backups = new CatalogBackups(location.file().orElseThrow());
    backups.backup(LocalDateTime.of(2026, 10, 1, 12, 0)); // an older upgrade's
    Path backup = backups.backup(LocalDateTime.of(2026, 11, 1, 12, 0));
    backups.markUpgrade(backup); // what the app notes before it migrates
    try (Connection c = DriverManager.getConnection(location.jdbcUrl(), "sa", "")) {
      c.createStatement().executeUpdate("update db_migration set mcomment = 'locked' where id = 0");
      c.createStatement().executeUpdate("alter table packages add column lifecycle varchar(16) default 'active' not null");
    }
    List<String> steps = new java.util.ArrayList<>();

    try (CatalogDatabase catalog = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> CatalogDatabase.open(location, steps::add), "opening must not wait for a lock nobody holds")) {
      assertEquals(List.of("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10"), catalog.migration().applied());
      assertTrue(steps.get(0).startsWith("The last upgrade of this catalog was cut off: restoring it from "
          + backup.getFileName()), steps.toString());
      assertEquals(Optional.of(backup), catalog.migration().backup());
      assertEquals(LATEST, catalog.schemaVersion());
      assertSampleIntact(catalog);
    }
    assertEquals(2, backups.list().size(), "no third backup");
    assertTrue(backups.markedUpgrade().isEmpty(), "the note goes once the upgrade is done");
    try (var files = Files.list(dir)) {
      assertEquals(1, files.filter(p -> p.getFileName().toString().startsWith("cut.interrupted-")).count(),
          "the cut-off file is kept aside, not overwritten");
    }
  }

  /**
   * A lock without the note of an upgrade: cut off while checking what was pending, before any
   * change (or by another tool). Released, and nothing restored, though a backup is there.
   */
  @Test
  void aLockLeftWithoutANoteOfAnUpgradeIsReleasedAndNothingRestored() throws Exception {
    CatalogLocation location = CatalogLocation.ofFile(dir.resolve("locked"));
    CatalogDatabase.open(location).close();
    new CatalogBackups(location.file().orElseThrow()).backup(LocalDateTime.of(2026, 11, 1, 12, 0));
    try (Connection c = DriverManager.getConnection(location.jdbcUrl(), "sa", "")) {
      c.createStatement().executeUpdate("insert into licenses (id, description, version) values ('Later', 'Added after the backup', 1)");
      c.createStatement().executeUpdate("update db_migration set mcomment = 'locked' where id = 0");
    }
    try (CatalogDatabase catalog = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> CatalogDatabase.open(location))) {
      assertEquals(List.of(), catalog.migration().applied());
      assertEquals("<init>", catalog.database().sqlQuery("select mcomment from db_migration where id = 0")
          .mapToScalar(String.class).findOne());
      assertEquals(1, catalog.database().sqlQuery("select count(*) from licenses where id = 'Later'")
          .mapToScalar(Long.class).findOne(), "what was added after the backup is still there");
    }
  }

  /**
   * A new catalog's first set-up cut off: a lock, and some of the first step's tables made; the
   * backup made before the re-run holds nothing either. The curator is told it holds nothing and how to start afresh; nothing is
   * deleted for them.
   */
  @Test
  void aNewCatalogWhoseFirstSetUpWasCutOffSaysItHoldsNothingAndHowToStartAgain() throws Exception {
    CatalogLocation location = CatalogLocation.ofFile(dir.resolve("unfinished"));
    try (Connection c = DriverManager.getConnection(location.jdbcUrl(), "sa", "")) {
      c.createStatement().execute("create table db_migration (id integer not null primary key, mchecksum integer not null,"
          + " mtype varchar(1) not null, mversion varchar(150) not null, mcomment varchar(150) not null,"
          + " mstatus varchar(10) not null, run_on timestamp not null, run_by varchar(30) not null,"
          + " run_time integer not null)");
      c.createStatement().execute("insert into db_migration values (0, 1, 'I', '0', 'locked', 'SUCCESS',"
          + " current_timestamp, 'tester', 0)");
      c.createStatement().execute("create table auditing (id bigint generated by default as identity not null"
          + " primary key, happened_at timestamp not null)");
    }
    CatalogOpenException e = assertThrows(CatalogOpenException.class, () -> assertTimeoutPreemptively(
        Duration.ofSeconds(60), () -> CatalogDatabase.open(location)));

    assertTrue(e.getMessage().contains("holds no packages, journal or saved searches yet"), e.getMessage());
    assertTrue(e.getMessage().contains("Delete " + dir.resolve("unfinished.mv.db")), e.getMessage());
    assertFalse(e.getMessage().contains("unchanged in the backup"), "no backup of nothing offered: " + e.getMessage());
    assertTrue(Files.exists(dir.resolve("unfinished.mv.db")), "left for the curator to delete");
  }

  /** The same failure in a catalog that holds a curator's packages never suggests deleting it: its backup is named. */
  @Test
  void aFailedUpgradeOfACatalogWithPackagesNamesItsBackupAndNeverSaysDelete() throws Exception {
    CatalogLocation location = copyFixture("failing");
    try (Connection c = DriverManager.getConnection(location.jdbcUrl(), "sa", "")) {
      // a table the next step makes, already there: the upgrade fails on it
      c.createStatement().execute("create table saved_searches (id bigint)");
    }
    CatalogOpenException e = assertThrows(CatalogOpenException.class, () -> CatalogDatabase.open(location));

    assertTrue(e.getMessage().contains("unchanged in the backup"), e.getMessage());
    assertFalse(e.getMessage().contains("Delete"), e.getMessage());
  }

  /** While one Packdesk opens a catalog (its file closed for a backup, say), a second one is told and touches nothing. */
  @Test
  void aCatalogBeingOpenedElsewhereIsRefused() throws Exception {
    CatalogLocation location = CatalogLocation.ofFile(dir.resolve("busy"));
    CatalogDatabase.open(location).close();
    try (OpeningLock held = OpeningLock.acquire(location)) {
      CatalogOpenException e = assertThrows(CatalogOpenException.class, () -> CatalogDatabase.open(location));
      assertTrue(e.getMessage().contains("being opened by another Packdesk"), e.getMessage());
    }
    CatalogDatabase.open(location).close();
  }

  /** A copy cut off (the app killed while backing up) keeps its part name, is not listed, and goes with the next backup. */
  @Test
  void aBackupCutOffIsNeverTakenForOne() throws Exception {
    Path file = dir.resolve("parts");
    Files.write(dir.resolve("parts.mv.db"), new byte[1024]);
    Path cutOff = dir.resolve("parts.backup-20261101-120000.mv.db" + CatalogBackups.PART);
    Files.write(cutOff, new byte[100]);
    Path otherCatalogs = dir.resolve("partsandmore.mv.db" + CatalogBackups.PART);
    Files.write(otherCatalogs, new byte[100]);
    CatalogBackups backups = new CatalogBackups(file);
    assertEquals(List.of(), backups.list());

    Path made = backups.backup(LocalDateTime.of(2026, 11, 2, 12, 0));

    assertEquals(List.of(made), backups.list());
    assertEquals(1024, Files.size(made));
    assertTrue(Files.notExists(cutOff), "the cut-off copy is removed");
    assertTrue(Files.exists(otherCatalogs), "another catalog's file is left alone");
  }

  @Test
  void damagedFileGetsAClearMessageAndIsLeftUntouched() throws Exception {
    Path data = dir.resolve("broken.mv.db");
    byte[] garbage = "this is not an H2 database, just some text a user saved here\n".repeat(200).getBytes();
    Files.write(data, garbage);
    CatalogOpenException e = assertThrows(CatalogOpenException.class,
        () -> CatalogDatabase.open(CatalogLocation.ofFile(dir.resolve("broken"))));
    assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    assertTrue(e.getMessage().contains("broken.mv.db"), e.getMessage());
    assertArrayEquals(garbage, Files.readAllBytes(data));
  }

  /** A schema step recorded in the file that differs from this build's: said plainly, with a way out, and nothing touched. */
  @Test
  void catalogWhoseSchemaStepDiffersFromThisBuildsIsRefusedWithWhatToOpen() throws Exception {
    CatalogLocation location = copyFixture("other-build");
    CatalogDatabase.open(location).close(); // upgraded, so a backup of the 1.0 catalog exists
    try (Connection c = DriverManager.getConnection(location.jdbcUrl(), "sa", "")) {
      c.createStatement().executeUpdate("update db_migration set mchecksum = 42 where mversion = '1.3'");
    }
    CatalogOpenException e = assertThrows(CatalogOpenException.class, () -> CatalogDatabase.open(location));

    assertTrue(e.getMessage().contains("another build of Packdesk"), e.getMessage());
    assertTrue(e.getMessage().contains("Nothing was changed"), e.getMessage());
    assertTrue(e.getMessage().contains(".backup-"), "names the latest backup: " + e.getMessage());
    try (Connection c = DriverManager.getConnection(location.jdbcUrl(), "sa", "");
         ResultSet step = c.createStatement().executeQuery("select mchecksum from db_migration where mversion = '1.3'");
         ResultSet packages = c.createStatement().executeQuery("select count(*) from packages")) {
      step.next();
      assertEquals(42, step.getInt(1), "the record is left as it was");
      packages.next();
      assertEquals(3, packages.getInt(1));
    }
  }

  @Test
  void unsupportedUrlIsRefusedWithAHint() {
    CatalogOpenException e = assertThrows(CatalogOpenException.class,
        () -> CatalogDatabase.open(CatalogLocation.parse("jdbc:sqlite:/tmp/x.db")));
    assertTrue(e.getMessage().contains("only H2 files and PostgreSQL"), e.getMessage());
  }

  @Test
  void entitiesAndCommittedMigrationsAgree() throws Exception {
    Path resources = dir.resolve("resources");
    copyTree(Path.of("src/main/resources/dbmigration"), resources.resolve("dbmigration"));
    assertNull(GenerateMigration.generate(resources, null, null),
        "The entities changed but no migration was generated: run GenerateMigration and commit its files");
  }

  private static void assertSampleIntact(CatalogDatabase catalog) {
    CatalogCounts counts = new CatalogStatistics(catalog.database()).counts();
    assertEquals(new CatalogCounts(3, 5, 5, 2, 3, 2, 2, 3, 1), counts);
    Package requests = catalog.database().find(Package.class, "requests");
    assertEquals("Python HTTP for Humans.", requests.getSummary());
    assertEquals("Apache-2.0", requests.getLicense().getId());
    assertEquals(List.of("2.18.4", "2.18.4rc1", "0.2.0"),
        requests.getReleases().stream().map(Release::getVersionString).toList());
    assertEquals("Broken packaging", requests.getReleases().get(2).getYankedReason());
  }

  private CatalogLocation copyFixture(String name) throws Exception {
    return copyFixture(FIXTURE_1_0, name);
  }

  private CatalogLocation copyFixture(String fixture, String name) throws Exception {
    try (InputStream in = MigrationTest.class.getResourceAsStream(fixture)) {
      Files.copy(in, dir.resolve(name + CatalogLocation.H2_SUFFIX));
    }
    return CatalogLocation.ofFile(dir.resolve(name));
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (var files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
