package org.packdesk.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ebean.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.catalog.CatalogCounts;
import org.packdesk.catalog.CatalogStatistics;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.model.Package;
import org.packdesk.model.Release;
import org.packdesk.model.query.QRelease;

/** The 64 real PyPI documents in ../shared/data, when that folder is there. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PypiImporterRealDataTest {

  static final Path REAL_DATA = Path.of("../shared/data/pypi-json");

  @TempDir
  static Path dir;
  CatalogDatabase catalog;
  Database db;
  ImportReport report;
  List<Path> files;

  @BeforeAll
  void importAll() {
    assumeTrue(Files.isDirectory(REAL_DATA), "no ../shared/data here: real-data checks skipped");
    catalog = TestCatalogs.open(dir);
    db = catalog.database();
    files = PypiImporter.collectFiles(List.of(REAL_DATA));
    report = new PypiImporter(db, "tester").importFiles(files, ImportProgress.NONE, () -> false);
  }

  @AfterAll
  void close() {
    if (catalog != null) {
      catalog.close();
    }
  }

  @Test
  void everyFileImports() {
    assertEquals(64, files.size());
    assertEquals(List.of(), report.rejected());
    assertEquals(64, report.newPackages());
    assertTrue(report.skippedVersions() > 0, "the set has versions without files");
    CatalogCounts counts = new CatalogStatistics(db).counts();
    assertEquals(64, counts.packages());
    assertEquals(report.releases(), counts.releases());
    assertEquals(report.releaseFiles(), counts.releaseFiles());
  }

  @Test
  void requestsHasItsReleasesAndLicense() {
    Package requests = db.find(Package.class, "requests");
    assertEquals(129, requests.getReleases().size());
    Release newestByDate = new QRelease(db).pkg.id.eq("requests").orderBy().createdDate.desc().setMaxRows(1).findOne();
    assertEquals("2.18.4", newestByDate.getVersionString());
    assertEquals("2.18.4", requests.getReleases().get(0).getVersionString(), "also the newest by version");
    assertEquals("Apache-2.0", requests.getLicense().getId());
    assertEquals("Kenneth Reitz", requests.getAuthorName());
  }

  @Test
  void sqlalchemyIsMit() {
    assertEquals("MIT", db.find(Package.class, "sqlalchemy").getLicense().getId());
  }

  @Test
  void versionsThatAreNotThreeIntegersKeepTheirText() {
    long nonClassic = new QRelease(db).findList().stream()
        .filter(r -> !r.getVersionString().matches("\\d+\\.\\d+\\.\\d+")).count();
    assertTrue(nonClassic > report.releases() / 20, "about one in eleven versions is not three integers");
    assertTrue(new QRelease(db).versionString.eq("2015.11.20.1").exists() || nonClassic > 0);
  }

  @Test
  void reimportIsStable() {
    CatalogCounts before = new CatalogStatistics(db).counts();
    ImportReport again = new PypiImporter(db, "tester").importFiles(files, ImportProgress.NONE, () -> false);
    CatalogCounts after = new CatalogStatistics(db).counts();
    assertEquals(List.of(), again.rejected());
    assertEquals(0, again.newPackages() + again.newReleases() + again.newReleaseFiles() + again.newUsers()
        + again.newMaintainers() + again.newLanguages() + again.newLicenses());
    assertEquals(before.packages(), after.packages());
    assertEquals(before.releases(), after.releases());
    assertEquals(before.releaseFiles(), after.releaseFiles());
    assertEquals(before.users(), after.users());
    assertEquals(before.maintainers(), after.maintainers());
  }
}
