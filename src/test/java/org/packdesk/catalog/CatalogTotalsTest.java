package org.packdesk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ebean.Database;
import io.ebean.SqlRow;
import io.ebean.Transaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.catalog.edit.Change;
import org.packdesk.catalog.edit.ChangeJournal;
import org.packdesk.catalog.edit.DeletePackage;
import org.packdesk.catalog.edit.SaveUser;
import org.packdesk.catalog.edit.SetMaintainer;
import org.packdesk.catalog.edit.YankRelease;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.importer.ImportProgress;
import org.packdesk.importer.PypiImporter;
import org.packdesk.importer.PypiJsonSamples;
import org.packdesk.model.MaintainerRole;
import org.packdesk.model.Package;
import org.packdesk.model.Release;
import org.packdesk.model.query.QRelease;
import org.packdesk.model.query.QUser;

/** The derived columns tables sort by stay equal to what they count, after every kind of write. */
public class CatalogTotalsTest {

  @TempDir
  Path dir;
  CatalogDatabase catalog;
  Database db;
  ChangeJournal journal;

  @BeforeEach
  void open() {
    catalog = TestCatalogs.open(dir.resolve("db"));
    db = catalog.database();
    TestCatalogs.fillSample(db);
    journal = new ChangeJournal(db, () -> "tester");
  }

  @AfterEach
  void close() {
    catalog.close();
  }

  /** Every stored total, recounted from the rows: no package, release, license or language may differ. */
  public static void assertTotalsMatchTheRows(Database db) {
    List<SqlRow> packages = db.sqlQuery("select id from packages p where"
        + " maintainer_count <> (select count(*) from maintainers m where m.package_id = p.id)"
        + " or download_total <> (select count(*) from downloads d where d.package_id = p.id)"
        + " or total_size <> coalesce((select sum(r.total_size) from releases r where r.package_id = p.id), 0)"
        + " or coalesce(latest_sort_key, '') <> coalesce((select max(sort_key) from releases r where r.package_id = p.id), '')"
        + " or coalesce(latest_version, '') <> coalesce((select min(version_string) from releases r"
        + "   where r.package_id = p.id and r.sort_key = p.latest_sort_key), '')").findList();
    assertEquals(List.of(), packages, "packages whose totals differ from their rows");
    List<SqlRow> releases = db.sqlQuery("select id from releases r where"
        + " file_count <> (select count(*) from release_files f where f.release_id = r.id)"
        + " or download_total <> (select count(*) from downloads d where d.release_id = r.id)"
        + " or coalesce(total_size, -1) <> coalesce(r.size, (select sum(f.size) from release_files f"
        + "   where f.release_id = r.id), -1)").findList();
    assertEquals(List.of(), releases, "releases whose totals differ from their rows");
    UsageCountsTest.assertUsageCountsMatchTheRows(db);
  }

  private Package pkg(String id) {
    return db.find(Package.class, id);
  }

  @Test
  void theSampleCatalogHasItsTotals() {
    assertTotalsMatchTheRows(db);
    Package requests = pkg("requests");
    assertEquals("2.18.4", requests.getLatestVersion(), "2.18.4 is newer than 2.18.4rc1 in PEP 440 order");
    assertEquals(1, requests.getMaintainerCount());
    assertEquals(3, requests.getDownloadTotal());
    assertEquals(2, pkg("flask").getMaintainerCount());
    Release old = new QRelease(db).versionString.eq("0.2.0").findOne();
    assertEquals(1, old.getFileCount());
    assertEquals(3000L, old.getTotalSize());
  }

  @Test
  void importingANewPackageAndThenANewerDocumentCountsReleasesFilesAndMaintainers() throws Exception {
    PypiImporter importer = new PypiImporter(db, "tester");
    Files.createDirectories(dir.resolve("in"));
    importer.importFiles(List.of(PypiJsonSamples.write(dir.resolve("in"), "demo.json", PypiJsonSamples.DEMO)),
        ImportProgress.NONE, () -> false);
    Package demo = pkg("demo-pkg");
    assertEquals("2015.11.20.1", demo.getLatestVersion(), "a calendar version is the greatest");
    assertEquals(3, demo.getMaintainerCount(), "two authors (owners) and Grace");
    Release one = new QRelease(db).pkg.id.eq("demo-pkg").versionString.eq("1.0").findOne();
    assertEquals(2, one.getFileCount());
    assertEquals(1500L, one.getTotalSize(), "the size the importer recorded (its sdist)");
    assertTotalsMatchTheRows(db);

    importer.importFiles(List.of(PypiJsonSamples.write(dir.resolve("in"), "demo.json", PypiJsonSamples.DEMO_NEWER)),
        ImportProgress.NONE, () -> false);
    Release added = new QRelease(db).pkg.id.eq("demo-pkg").versionString.eq("1.1").findOne();
    assertEquals(1, added.getFileCount(), "the update path counts the new release's files");
    assertEquals(1600L, added.getTotalSize());
    assertTotalsMatchTheRows(db);
  }

  @Test
  void addingAndRemovingAMaintainerRecountsThePackage() throws Exception {
    long armin = new QUser(db).name.eq("Armin Ronacher").findOne().getId();
    journal.perform(new SetMaintainer("requests", armin, "Armin", MaintainerRole.MAINTAINER));
    assertEquals(2, pkg("requests").getMaintainerCount());
    assertTotalsMatchTheRows(db);
    journal.undo();
    assertEquals(1, pkg("requests").getMaintainerCount());
    long kenneth = new QUser(db).name.eq("Kenneth Reitz").findOne().getId();
    journal.perform(new SetMaintainer("flask", kenneth, "Kenneth", MaintainerRole.OWNER));
    assertEquals(2, pkg("flask").getMaintainerCount(), "a change of role keeps the count");
    assertTotalsMatchTheRows(db);
  }

  @Test
  void deletingAUserRecountsThePackagesItMaintained() throws Exception {
    SaveUser create = new SaveUser(null, "Temp", "temp@example.org");
    Change deleteAgain; // a creation's inverse deletes the user
    try (Transaction txn = db.beginTransaction()) {
      deleteAgain = create.apply(db);
      txn.commit();
    }
    long temp = create.createdId();
    journal.perform(new SetMaintainer("numpy", temp, "Temp", MaintainerRole.OWNER));
    assertEquals(1, pkg("numpy").getMaintainerCount());
    journal.perform(deleteAgain);
    assertEquals(0, pkg("numpy").getMaintainerCount(), "the database cascaded the role away; the count follows");
    assertTotalsMatchTheRows(db);
  }

  @Test
  void yankingKeepsTheLatestVersionAndDeletingAPackageLeavesTheOthersRight() throws Exception {
    Release latest = new QRelease(db).pkg.id.eq("requests").versionString.eq("2.18.4").findOne();
    journal.perform(new YankRelease(latest.getId(), "requests 2.18.4", true, "broken"));
    assertEquals("2.18.4", pkg("requests").getLatestVersion(), "the latest is the newest version, yanked or not");
    journal.perform(new DeletePackage("flask", DeletePackage.DeletionImpact.of(db, "flask")));
    assertEquals(null, pkg("flask"));
    assertTotalsMatchTheRows(db);
  }
}
