package org.packdesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebean.Database;
import io.ebean.DuplicateKeyException;
import jakarta.persistence.OptimisticLockException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.catalog.ReleaseVersions;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.model.query.QDownload;
import org.packdesk.model.query.QMaintainer;
import org.packdesk.model.query.QPackage;
import org.packdesk.model.query.QRelease;
import org.packdesk.model.query.QReleaseFile;

/** Every entity, relationship, cascade and constraint, against a real H2 file. */
class EntityRoundTripTest {

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

  @Test
  void packageRoundTripsWithLicenseLanguagesAndNormalisedId() {
    Package flask = db.find(Package.class, "flask");
    assertNotNull(flask, "looked up by its PEP 503 name");
    assertEquals("Flask", flask.getName());
    assertEquals("BSD-3-Clause", flask.getLicense().getId());
    assertEquals(List.of("Python :: 3"), flask.getLanguages().stream().map(ProgrammingLanguage::getName).toList());
    assertEquals("zope-interface", Package.normalize("zope.interface"));
    assertEquals("foo-bar", Package.normalize("Foo__Bar"));
    assertEquals("a-b-c", Package.normalize("A._-B...C"));
  }

  @Test
  void releasesComeNewestVersionFirstWithTheirFiles() {
    Package requests = db.find(Package.class, "requests");
    assertEquals(List.of("2.18.4", "2.18.4rc1", "0.2.0"),
        requests.getReleases().stream().map(Release::getVersionString).toList());
    Release newest = requests.getReleases().get(0);
    assertEquals(2, newest.getMajor());
    assertEquals(18, newest.getMinor());
    assertEquals(4, newest.getBuild());
    assertEquals("requests-2.18.4.tar.gz", newest.getFiles().get(0).getFilename());
    assertEquals("sdist", newest.getFiles().get(0).getPackagetype());
    Release rc = requests.getReleases().get(1);
    assertEquals("rc", rc.getPreLabel());
    assertEquals(1L, rc.getPreNumber());
    Release yanked = requests.getReleases().get(2);
    assertTrue(yanked.isYanked());
    assertEquals("Broken packaging", yanked.getYankedReason());
  }

  @Test
  void releaseVersionIsUniquePerPackage() {
    Package requests = db.find(Package.class, "requests");
    assertThrows(DuplicateKeyException.class, () -> db.save(ReleaseVersions.newRelease(requests, "2.18.4")));
  }

  @Test
  void releaseFileNamesAreUnique() {
    Release release = new QRelease(db).versionString.eq("1.0.2").findOne();
    ReleaseFile copy = new ReleaseFile(release, "requests-2.18.4.tar.gz");
    assertThrows(DuplicateKeyException.class, () -> db.save(copy));
  }

  @Test
  void emailIsUniqueWhateverItsCase() {
    User shouting = new User("Someone", "ME@KennethReitz.com");
    assertThrows(DuplicateKeyException.class, () -> db.save(shouting));
    User armin = new org.packdesk.model.query.QUser(db).email.ieq("armin.ronacher@active-4.com").findOne();
    assertEquals("Armin.Ronacher@active-4.com", armin.getEmail(), "kept as written");
  }

  @Test
  void maintainerKeyIsTheUserAndPackagePair() {
    User kenneth = new org.packdesk.model.query.QUser(db).emailKey.eq("me@kennethreitz.com").findOne();
    Package flask = db.find(Package.class, "flask");
    Maintainer found = db.find(Maintainer.class, new MaintainerId(kenneth.getId(), "flask"));
    assertEquals(MaintainerRole.MAINTAINER, found.getRole());
    assertEquals("Flask", found.getPkg().getName());
    assertThrows(DuplicateKeyException.class,
        () -> db.insert(new Maintainer(kenneth, flask, MaintainerRole.OWNER)));
    assertEquals(2, new QMaintainer(db).pkg.id.eq("flask").findCount());
    String role = db.sqlQuery("select role from maintainers where package_id = 'requests'")
        .mapToScalar(String.class).findOne();
    assertEquals("owner", role, "roles are stored as PyPI names them");
  }

  @Test
  void deletingAPackageTakesReleasesFilesDownloadsAndMaintainersWithIt() {
    assertEquals(3, new QDownload(db).findCount());
    db.delete(db.find(Package.class, "requests"));
    assertNull(db.find(Package.class, "requests"));
    assertEquals(0, new QRelease(db).pkg.id.eq("requests").findCount());
    assertEquals(0, new QReleaseFile(db).filename.startsWith("requests-").findCount());
    assertEquals(0, new QDownload(db).findCount());
    assertEquals(0, new QMaintainer(db).pkg.id.eq("requests").findCount());
    assertNotNull(db.find(License.class, "Apache-2.0"), "the license stays");
    assertNotNull(db.find(ProgrammingLanguage.class, "Python :: 3.6"), "languages stay");
    assertEquals(2, new QPackage(db).findCount());
  }

  @Test
  void deletingAUserRemovesOnlyTheirMaintainerRows() {
    User armin = new org.packdesk.model.query.QUser(db).emailKey.eq("armin.ronacher@active-4.com").findOne();
    db.delete(armin);
    assertEquals(2, new QMaintainer(db).findCount());
    assertNotNull(db.find(Package.class, "flask"));
  }

  @Test
  void deletingALicenseLeavesPackagesWithout() {
    db.sqlUpdate("delete from licenses where id = 'BSD-3-Clause'").execute();
    assertNull(db.find(Package.class, "numpy").getLicense());
  }

  @Test
  void downloadsPointAtReleaseAndPackage() {
    Download d = new QDownload(db).setMaxRows(1).findOne();
    assertEquals("requests", d.getPkg().getId());
    assertEquals("2.18.4", d.getRelease().getVersionString());
    assertTrue(d.getUserAgent().startsWith("pip/"));
  }

  @Test
  void staleEditIsRefusedByTheVersionColumn() {
    Package first = db.find(Package.class, "numpy");
    Package second = db.find(Package.class, "numpy");
    first.setSummary("Edited in one window");
    db.save(first);
    second.setSummary("Edited in another");
    assertThrows(OptimisticLockException.class, () -> db.save(second));
    assertEquals("Edited in one window", db.find(Package.class, "numpy").getSummary());
  }

  @Test
  void summaryIsRequired() {
    Package nameless = new Package("empty", null);
    assertThrows(Exception.class, () -> db.save(nameless));
    assertFalse(new QPackage(db).id.eq("empty").exists());
  }

  @Test
  void auditEntriesRoundTrip() {
    AuditEntry entry = new org.packdesk.model.query.QAuditEntry(db).findOne();
    assertEquals("tester", entry.getCurator());
    assertEquals("create", entry.getAction());
    assertNotNull(entry.getHappenedAt());
  }
}
