package org.packdesk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebean.Database;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.bench.PackageDetailBenchmark;
import org.packdesk.catalog.PackageDetail.MaintainerLine;
import org.packdesk.catalog.PackageDetail.ReleaseLine;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.importer.Pep440Version;
import org.packdesk.model.LifecycleStatus;
import org.packdesk.model.MaintainerRole;

/** The package detail read from a real catalog: counts, order, files of a release. */
class PackageDetailsTest {

  @TempDir
  Path dir;
  CatalogDatabase catalog;
  Database db;
  PackageDetails details;

  @BeforeEach
  void open() {
    catalog = TestCatalogs.open(dir);
    db = catalog.database();
    TestCatalogs.fillSample(db);
    details = new PackageDetails(db);
  }

  @AfterEach
  void close() {
    catalog.close();
  }

  @Test
  void requestsShowsItsFieldsPeopleAndLanguages() {
    PackageDetail requests = details.load("requests").orElseThrow();
    assertEquals("requests", requests.name());
    assertEquals("Python HTTP for Humans.", requests.summary());
    assertEquals("http://python-requests.org", requests.homePage());
    assertEquals("Kenneth Reitz", requests.authorName());
    assertEquals("me@kennethreitz.com", requests.authorEmail());
    assertEquals("Apache-2.0", requests.licenseId());
    assertEquals(List.of("Python :: 3", "Python :: 3.6"), requests.languages());
    assertEquals(List.of(new MaintainerLine("Kenneth Reitz", "me@kennethreitz.com", MaintainerRole.OWNER)),
        requests.maintainers());
    assertEquals(LifecycleStatus.ACTIVE, requests.lifecycle());
    assertEquals(db.find(org.packdesk.model.Package.class, "requests").getVersion(), requests.version());
  }

  @Test
  void releasesComeNewestVersionFirstWithTheirFilesAndDownloads() {
    PackageDetail requests = details.load("requests").orElseThrow();
    assertEquals(List.of("2.18.4", "2.18.4rc1", "0.2.0"), requests.releases().stream().map(ReleaseLine::version).toList());
    assertEquals("2.18.4", requests.latestVersion());
    assertEquals(List.of(1, 1, 1), requests.releases().stream().map(ReleaseLine::files).toList());
    assertEquals(List.of(3L, 0L, 0L), requests.releases().stream().map(ReleaseLine::downloads).toList());
    assertEquals(3, requests.downloads());
    assertEquals(List.of(1000L, 2000L, 3000L), requests.releases().stream().map(ReleaseLine::size).toList());
    ReleaseLine old = requests.releases().get(2);
    assertTrue(old.yanked());
    assertEquals("Broken packaging", old.yankedReason());
    assertEquals(1, requests.yankedReleases());
  }

  @Test
  void ownersComeFirstAmongMaintainers() {
    assertEquals(List.of(new MaintainerLine("Armin Ronacher", "Armin.Ronacher@active-4.com", MaintainerRole.OWNER),
            new MaintainerLine("Kenneth Reitz", "me@kennethreitz.com", MaintainerRole.MAINTAINER)),
        details.load("flask").orElseThrow().maintainers());
    assertEquals(List.of(), details.load("numpy").orElseThrow().maintainers());
  }

  @Test
  void aReleasesFilesAreReadWhenAsked() {
    ReleaseLine latest = details.load("requests").orElseThrow().releases().get(0);
    List<ReleaseFileLine> files = details.files(latest.id());
    assertEquals(1, files.size());
    ReleaseFileLine file = files.get(0);
    assertEquals("requests-2.18.4.tar.gz", file.filename());
    assertEquals("sdist", file.packagetype());
    assertEquals("source", file.pythonVersion());
    assertEquals(1000L, file.size());
    assertEquals("a".repeat(64), file.sha256());
    assertEquals(java.time.Instant.parse("2017-08-15T13:23:43Z"), file.uploadTime());
  }

  @Test
  void aPackageThatIsGoneIsEmpty() {
    assertFalse(details.load("no-such-package").isPresent());
  }

  /** Prints the time (see the test's output file); the benchmark has more runs. */
  @Test
  void aPackageWith200ReleasesIsReadWholeInOneGo() {
    String id = PackageDetailBenchmark.makeBigPackage(db, "bigpkg", PackageDetailBenchmark.RELEASES,
        PackageDetailBenchmark.FILES_PER_RELEASE);
    PackageDetail big = details.load(id).orElseThrow();
    assertEquals(200, big.releases().size());
    assertEquals(600, big.releases().stream().mapToInt(ReleaseLine::files).sum());
    assertEquals(100, big.downloads());
    List<String> versions = big.releases().stream().map(ReleaseLine::version).toList();
    assertEquals("4.4.9", versions.get(0));
    assertEquals("1.0.0", versions.get(199));
    for (int i = 1; i < versions.size(); i++) {
      assertTrue(Pep440Version.parse(versions.get(i - 1)).compareTo(Pep440Version.parse(versions.get(i))) > 0,
          versions.get(i - 1) + " before " + versions.get(i));
    }
    assertEquals(3, details.files(big.releases().get(0).id()).size());
    System.out.println(PackageDetailBenchmark.measure(details, id, 50));
  }
}
