package org.packdesk.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebean.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.catalog.CatalogCounts;
import org.packdesk.catalog.CatalogStatistics;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.model.AuditEntry;
import org.packdesk.model.Maintainer;
import org.packdesk.model.MaintainerRole;
import org.packdesk.model.Package;
import org.packdesk.model.ProgrammingLanguage;
import org.packdesk.model.Release;
import org.packdesk.model.ReleaseFile;
import org.packdesk.model.User;
import org.packdesk.model.query.QAuditEntry;
import org.packdesk.model.query.QMaintainer;
import org.packdesk.model.query.QUser;

/** The import rules, on a real H2 catalog. */
class PypiImporterTest {

  @TempDir
  Path dir;
  CatalogDatabase catalog;
  Database db;
  PypiImporter importer;

  @BeforeEach
  void open() throws Exception {
    catalog = TestCatalogs.open(dir.resolve("db"));
    db = catalog.database();
    importer = new PypiImporter(db, "tester");
    Files.createDirectories(dir.resolve("in"));
  }

  @AfterEach
  void close() {
    catalog.close();
  }

  private ImportReport importAll(Path... files) {
    return importer.importFiles(List.of(files), ImportProgress.NONE, () -> false);
  }

  private Path sample(String name, String json) throws Exception {
    return PypiJsonSamples.write(dir.resolve("in"), name, json);
  }

  @Test
  void importsAPackageWithEveryRule() throws Exception {
    ImportReport report = importAll(sample("demo.json", PypiJsonSamples.DEMO));
    assertEquals(List.of(), report.rejected());
    assertEquals(1, report.newPackages());
    assertEquals(3, report.newReleases());
    assertEquals(4, report.newReleaseFiles());
    assertEquals(1, report.skippedVersions(), "0.9 has no files");

    Package pkg = db.find(Package.class, "demo-pkg");
    assertEquals("Demo.Pkg", pkg.getName());
    assertEquals("A demonstration package", pkg.getSummary());
    assertEquals("Long *description*.", pkg.getDescription());
    assertEquals("https://demo.example.org", pkg.getHomePage());
    assertEquals("Ada Lovelace, Alan Turing", pkg.getAuthorName());
    assertEquals("Apache-2.0", pkg.getLicense().getId());
    assertEquals("Apache 2.0", pkg.getLicenseText(), "the published text is kept");
    assertEquals(">=3.6", pkg.getRequiresPython());
    assertTrue(pkg.getClassifiers().contains("Topic :: Software Development"));
    assertEquals(List.of("Python :: 3.6", "Python :: Implementation :: PyPy"),
        pkg.getLanguages().stream().map(ProgrammingLanguage::getId).sorted().toList());
    assertEquals(Instant.parse("2015-11-20T08:00:00Z"), pkg.getCreatedDate(), "earliest upload");
    assertEquals(Instant.parse("2018-02-01T10:05:00Z"), pkg.getLastUpdated(), "latest upload");

    List<Release> releases = pkg.getReleases();
    assertEquals(List.of("2015.11.20.1", "1.0", "1.0rc1"), releases.stream().map(Release::getVersionString).toList(),
        "newest version first: 2015.11.20.1 is four parts, not 0.0.0");
    Release one = releases.get(1);
    assertEquals(Instant.parse("2018-02-01T10:00:00Z"), one.getCreatedDate(), "earliest upload of its files");
    assertEquals("https://files.example.org/Demo.Pkg-1.0.tar.gz", one.getUrl(), "the sdist is the primary file");
    assertEquals(1500L, one.getSize());
    assertEquals("the sdist", one.getComment());
    assertEquals(2, one.getFiles().size());
    ReleaseFile wheel = one.getFiles().stream().filter(f -> f.getPackagetype().equals("bdist_wheel")).findFirst().orElseThrow();
    assertEquals("a".repeat(64), wheel.getSha256());
    assertEquals("11111111111111111111111111111111", wheel.getMd5());
    assertTrue(wheel.isHasSig());
    ReleaseFile rc = releases.get(2).getFiles().get(0);
    assertEquals("33333333333333333333333333333333", rc.getMd5(), "md5_digest when there are no digests");
    assertEquals("rc", releases.get(2).getPreLabel());
  }

  @Test
  void authorsAreOwnersAndMaintainerOnlyAddressesMaintainers() throws Exception {
    importAll(sample("demo.json", PypiJsonSamples.DEMO));
    Map<String, MaintainerRole> roles = new QMaintainer(db).pkg.id.eq("demo-pkg").user.fetch().findList().stream()
        .collect(Collectors.toMap(m -> m.getUser().getEmail(), Maintainer::getRole));
    assertEquals(Map.of("ada@example.org", MaintainerRole.OWNER, "alan@example.org", MaintainerRole.OWNER,
        "grace@example.org", MaintainerRole.MAINTAINER), roles);
    assertEquals("Alan Turing", new QUser(db).emailKey.eq("alan@example.org").findOne().getName(),
        "names pair with addresses by position");
    assertEquals("Grace Hopper", new QUser(db).emailKey.eq("grace@example.org").findOne().getName());
    assertNull(new QUser(db).emailKey.eq("ada@example.org").findOne().getHashedPassword());
  }

  @Test
  void usersAreSharedAcrossPackagesWhateverTheCase() throws Exception {
    ImportReport report = importAll(sample("demo.json", PypiJsonSamples.DEMO), sample("other.json", PypiJsonSamples.OTHER));
    assertEquals(3, report.newUsers(), "ADA@example.org is ada@example.org");
    User ada = new QUser(db).emailKey.eq("ada@example.org").findOne();
    assertEquals(2, new QMaintainer(db).user.id.eq(ada.getId()).findCount());
    assertEquals("MIT", db.find(Package.class, "other-pkg").getLicense().getId(), "empty text falls back to the classifier");
    assertEquals(2, report.newLanguages(), "Python :: 3.6 is shared: 2 languages in all");
  }

  @Test
  void reimportingTheSameFileChangesNothing() throws Exception {
    Path demo = sample("demo.json", PypiJsonSamples.DEMO);
    importAll(demo);
    CatalogCounts before = new CatalogStatistics(db).counts();
    long packageVersion = db.find(Package.class, "demo-pkg").getVersion();
    ImportReport again = importAll(demo);
    assertEquals(0, again.newPackages() + again.newReleases() + again.newReleaseFiles() + again.newUsers()
        + again.newMaintainers() + again.newLanguages() + again.newLicenses());
    CatalogCounts after = new CatalogStatistics(db).counts();
    assertEquals(before.packages(), after.packages());
    assertEquals(before.releases(), after.releases());
    assertEquals(before.releaseFiles(), after.releaseFiles());
    assertEquals(before.users(), after.users());
    assertEquals(before.maintainers(), after.maintainers());
    assertEquals(before.languages(), after.languages());
    assertEquals(before.licenses(), after.licenses());
    assertEquals(packageVersion, db.find(Package.class, "demo-pkg").getVersion(), "an unchanged row is not rewritten");
  }

  /** DEMO as PyPI serves it since yanks are published (PEP 592): 1.0rc1 yanked, 1.0 not. */
  private static String demoWithYanks(boolean rcYanked) {
    return PypiJsonSamples.DEMO
        .replace("\"comment_text\": \"\", \"has_sig\": true}",
            "\"comment_text\": \"\", \"has_sig\": true, \"yanked\": false}")
        .replace("\"comment_text\": \"the sdist\", \"has_sig\": false}",
            "\"comment_text\": \"the sdist\", \"has_sig\": false, \"yanked\": false, \"yanked_reason\": null}")
        .replace("\"upload_time\": \"2018-01-15T09:00:00\"}", "\"upload_time\": \"2018-01-15T09:00:00\","
            + " \"yanked\": " + rcYanked + (rcYanked ? ", \"yanked_reason\": \"Broken wheel\"}" : "}"));
  }

  @Test
  void yanksTheDocumentPublishesAreImportedWithTheirReason() throws Exception {
    String json = demoWithYanks(true);
    assertTrue(json.contains("\"yanked\": true"), "the sample carries the yank");
    importAll(sample("demo.json", json));
    Map<String, Release> releases = releasesOf("demo-pkg");
    assertTrue(releases.get("1.0rc1").isYanked());
    assertEquals("Broken wheel", releases.get("1.0rc1").getYankedReason());
    assertFalse(releases.get("1.0").isYanked());
    assertNull(releases.get("1.0").getYankedReason());
    assertFalse(releases.get("2015.11.20.1").isYanked(), "a document that says nothing of a release yanks nothing");
  }

  @Test
  void aLaterDocumentYanksWhatPypiYankedAndNeverTakesAYankBack() throws Exception {
    importAll(sample("demo.json", demoWithYanks(false)));
    assertFalse(releasesOf("demo-pkg").get("1.0rc1").isYanked());
    // a curator yanks the calendar release, which PyPI never yanked
    Release calendar = releasesOf("demo-pkg").get("2015.11.20.1");
    calendar.setYanked(true);
    calendar.setYankedReason("Superseded by 1.0");
    db.save(calendar);

    importAll(sample("demo-yanked.json", demoWithYanks(true)));
    Map<String, Release> releases = releasesOf("demo-pkg");
    assertTrue(releases.get("1.0rc1").isYanked(), "PyPI yanked it since");
    assertEquals("Broken wheel", releases.get("1.0rc1").getYankedReason());
    assertTrue(releases.get("2015.11.20.1").isYanked(), "the curator's yank stays");
    assertEquals("Superseded by 1.0", releases.get("2015.11.20.1").getYankedReason());
    assertTrue(new QAuditEntry(db).description.contains("yanked 1.0rc1 as PyPI has it").exists(),
        "the journal says what the import yanked");

    importAll(sample("demo-again.json", demoWithYanks(false)));
    assertTrue(releasesOf("demo-pkg").get("1.0rc1").isYanked(), "an import never takes a yank back");
    assertTrue(releasesOf("demo-pkg").get("2015.11.20.1").isYanked());
  }

  private Map<String, Release> releasesOf(String packageId) {
    return db.find(Package.class, packageId).getReleases().stream()
        .collect(Collectors.toMap(Release::getVersionString, r -> r));
  }

  @Test
  void newerFileUpdatesInPlaceAndKeepsCuratorEdits() throws Exception {
    importAll(sample("demo.json", PypiJsonSamples.DEMO));
    // a curator yanks 1.0rc1 and adds a maintainer by hand: the file carries neither
    Release rc = db.find(Package.class, "demo-pkg").getReleases().get(2);
    rc.setYanked(true);
    rc.setYankedReason("Broken wheel");
    db.save(rc);
    User extra = new User("Extra Hand", "extra@example.org");
    db.save(extra);
    db.save(new Maintainer(extra, db.find(Package.class, "demo-pkg"), MaintainerRole.MAINTAINER));

    ImportReport report = importAll(sample("demo-newer.json", PypiJsonSamples.DEMO_NEWER));
    assertEquals(0, report.newPackages());
    assertEquals(1, report.newReleases());
    Package pkg = db.find(Package.class, "demo-pkg");
    assertEquals("A demonstration package, improved", pkg.getSummary());
    assertEquals(List.of("2015.11.20.1", "1.1", "1.0", "1.0rc1"), pkg.getReleases().stream().map(Release::getVersionString).toList());
    Release stillYanked = pkg.getReleases().get(3);
    assertTrue(stillYanked.isYanked());
    assertEquals("Broken wheel", stillYanked.getYankedReason());
    assertEquals(4, new QMaintainer(db).pkg.id.eq("demo-pkg").findCount(), "the hand-added maintainer stays");
    assertEquals(Instant.parse("2018-06-01T12:00:00Z"), pkg.getLastUpdated());
  }

  @Test
  void everyImportIsJournaled() throws Exception {
    importAll(sample("demo.json", PypiJsonSamples.DEMO));
    AuditEntry entry = new QAuditEntry(db).action.eq("import").findOne();
    assertEquals("tester", entry.getCurator());
    assertEquals("demo-pkg", entry.getEntityId());
    assertTrue(entry.getDescription().contains("demo.json"), entry.getDescription());
  }

  @Test
  void badFilesAreRejectedWithAReasonAndTheRestIsImported() throws Exception {
    String hugeSummary = "x".repeat(PypiJsonReader.MAX_STRING_LENGTH + 10);
    Path[] files = {
        sample("a-good.json", PypiJsonSamples.DEMO),
        sample("truncated.json", PypiJsonSamples.OTHER.substring(0, 120)),
        sample("not-json.json", "<html><body>502 Bad Gateway</body></html>"),
        sample("no-info.json", "{\"releases\": {}}"),
        sample("wrong-type.json", "{\"info\": {\"name\": \"x\", \"summary\": \"s\"}, \"releases\": [1, 2]}"),
        sample("huge-size.json", PypiJsonSamples.OTHER.replace("\"size\": 10", "\"size\": 99999999999999999999")),
        sample("bad-date.json", PypiJsonSamples.OTHER.replace("2019-01-01T00:00:00", "yesterday at noon")),
        sample("giant-string.json", "{\"info\": {\"name\": \"giant\", \"summary\": \"" + hugeSummary + "\"}}"),
        sample("long-summary.json", PypiJsonSamples.OTHER.replace("\"summary\": \"Another\"", "\"summary\": \"" + "y".repeat(600) + "\"")),
        sample("negative.json", PypiJsonSamples.OTHER.replace("\"size\": 10", "\"size\": -5")),
        sample("empty.json", ""),
        sample("z-other.json", PypiJsonSamples.OTHER),
    };
    ImportReport report = importAll(files);
    Map<String, String> reasons = report.rejected().stream()
        .collect(Collectors.toMap(r -> r.file().getFileName().toString(), ImportReport.Rejected::reason));
    assertEquals(2, report.imported());
    assertEquals(10, reasons.size(), reasons.toString());
    assertTrue(reasons.get("truncated.json").contains("truncated"), reasons.get("truncated.json"));
    assertTrue(reasons.get("not-json.json").contains("not valid JSON"), reasons.get("not-json.json"));
    assertTrue(reasons.get("no-info.json").contains("no 'info'"), reasons.get("no-info.json"));
    assertTrue(reasons.get("wrong-type.json").contains("not in PyPI's format"), reasons.get("wrong-type.json"));
    assertTrue(reasons.get("wrong-type.json").contains("releases"), reasons.get("wrong-type.json"));
    assertTrue(reasons.get("huge-size.json").contains("out of range"), reasons.get("huge-size.json"));
    assertTrue(reasons.get("bad-date.json").contains("upload_time 'yesterday at noon' is not a date"), reasons.get("bad-date.json"));
    assertTrue(reasons.get("giant-string.json").contains("too large"), reasons.get("giant-string.json"));
    assertTrue(reasons.get("long-summary.json").contains("summary is 600 characters"), reasons.get("long-summary.json"));
    assertTrue(reasons.get("negative.json").contains("negative"), reasons.get("negative.json"));
    assertTrue(reasons.get("empty.json").contains("empty"), reasons.get("empty.json"));
    assertNotNull(db.find(Package.class, "demo-pkg"));
    assertNotNull(db.find(Package.class, "other-pkg"));
    assertEquals(2, new CatalogStatistics(db).counts().packages(), "nothing of a rejected file is left behind");
  }

  @Test
  void aFileThatFailsHalfWayLeavesNothingBehind() throws Exception {
    importAll(sample("demo.json", PypiJsonSamples.DEMO));
    CatalogCounts before = new CatalogStatistics(db).counts();
    // a new package whose second release claims a file the catalog already has under demo-pkg
    String thief = PypiJsonSamples.OTHER.replace("\"0.1\": [", """
        "0.2": [{"filename": "Demo.Pkg-1.0.tar.gz", "packagetype": "sdist", "upload_time": "2019-02-01T00:00:00"}],
        "0.1": [""");
    ImportReport report = importAll(sample("thief.json", thief));
    assertEquals(1, report.rejected().size());
    assertTrue(report.rejected().get(0).reason().contains("already has as a file of demo-pkg"), report.rejected().get(0).reason());
    CatalogCounts after = new CatalogStatistics(db).counts();
    assertEquals(before.packages(), after.packages());
    assertEquals(before.users(), after.users());
    assertEquals(before.languages(), after.languages());
    assertEquals(before.licenses(), after.licenses());
    assertFalse(new QUser(db).emailKey.eq("ada@example.org").findOne() == null);
  }

  @Test
  void aFolderIsSearchedForJsonFiles() throws Exception {
    sample("demo.json", PypiJsonSamples.DEMO);
    sample("notes.txt", "not metadata");
    List<Path> files = PypiImporter.collectFiles(List.of(dir.resolve("in")));
    assertEquals(List.of(dir.resolve("in/demo.json")), files);
  }

  @Test
  void aDirectoryIsNotReadableAsAFile() {
    RejectedFileException e = org.junit.jupiter.api.Assertions.assertThrows(RejectedFileException.class,
        () -> new PypiJsonReader().read(dir.resolve("in")));
    assertTrue(e.getMessage().contains("cannot be read"), e.getMessage());
  }

  @Test
  void cancellingStopsBetweenFiles() throws Exception {
    Path a = sample("a.json", PypiJsonSamples.DEMO);
    Path b = sample("b.json", PypiJsonSamples.OTHER);
    int[] seen = {0};
    ImportReport report = importer.importFiles(List.of(a, b), (done, total, file) -> seen[0] = done, () -> seen[0] >= 1);
    assertTrue(report.cancelled());
    assertEquals(1, report.imported());
    assertNull(db.find(Package.class, "other-pkg"));
  }
}
