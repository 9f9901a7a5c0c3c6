package org.packdesk.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebean.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.importer.generate.CatalogSize;
import org.packdesk.importer.generate.SyntheticCatalog;

/** ProjectWriter's bulk path for new packages writes what one-by-one writing does, and falls back to it. */
class ProjectWriterBulkTest {

  private static final SyntheticCatalog SYNTHETIC = new SyntheticCatalog(new CatalogSize(60, 400, 0, 3));
  /** What a curator sees of a catalog, without row ids and times of writing. */
  private static final List<String> CONTENT = List.of(
      "select id, name, summary, license_id, latest_version, latest_sort_key, maintainer_count, download_total,"
          + " created_date, last_updated, classifiers, lifecycle, lifecycle_note from packages order by id",
      "select package_id, version_string, sort_key, pep440, file_count, total_size, created_date, yanked,"
          + " yanked_reason from releases order by package_id, version_string",
      "select r.package_id, r.version_string, f.filename, f.size, f.sha256, f.upload_time from release_files f"
          + " join releases r on r.id = f.release_id order by f.filename",
      "select m.package_id, u.email_key, u.name, m.role from maintainers m join users u on u.id = m.user_id"
          + " order by m.package_id, u.email_key",
      "select package_id, language_id from package_languages order by 1, 2",
      "select id, cast(description as varchar(4000)), package_count from licenses order by id",
      "select id, package_count from languages order by id",
      "select entity_id, description from auditing order by entity_id",
      "select distinct package_id from search_backlog order by 1");

  @TempDir
  Path dir;

  private static List<ImportedProject> projects(int from, int to) {
    return IntStream.range(from, to).mapToObj(SYNTHETIC::project).toList();
  }

  private static List<List<String>> content(Database db) {
    List<List<String>> tables = new ArrayList<>();
    for (String sql : CONTENT) {
      tables.add(db.sqlQuery(sql).findList().stream().map(row -> row.values().toString()).toList());
    }
    return tables;
  }

  private static long count(Database db, String sql) {
    return db.sqlQuery(sql).mapToScalar(Long.class).findOne();
  }

  @Test
  void chunksOfNewPackagesGiveTheRowsAndCountsThatOneByOneWritingGives() throws Exception {
    try (CatalogDatabase bulk = TestCatalogs.open(dir.resolve("bulk"));
         CatalogDatabase single = TestCatalogs.open(dir.resolve("single"))) {
      ProjectWriter chunks = new ProjectWriter(bulk.database(), () -> "tester");
      List<FileCounts> bulkCounts = new ArrayList<>(chunks.writeAll(projects(0, 25), "test"));
      bulkCounts.addAll(chunks.writeAll(projects(25, 60), "test"));
      ProjectWriter oneByOne = new ProjectWriter(single.database(), () -> "tester");
      List<FileCounts> singleCounts = new ArrayList<>();
      for (ImportedProject p : projects(0, 60)) {
        singleCounts.add(oneByOne.write(p, "test"));
      }
      assertEquals(content(single.database()), content(bulk.database()));
      assertEquals(sum(singleCounts), sum(bulkCounts), "new users, releases, files, languages and licenses");
      assertTrue(count(bulk.database(), "select count(*) from users") > 0);
    }
  }

  /** {new packages, releases, files, users, maintainers, languages, licenses} over all projects. */
  private static List<Integer> sum(List<FileCounts> counts) {
    int[] s = new int[7];
    for (FileCounts c : counts) {
      s[0] += c.newPackage() ? 1 : 0;
      s[1] += c.newReleases();
      s[2] += c.newFiles();
      s[3] += c.newUsers();
      s[4] += c.newMaintainers();
      s[5] += c.newLanguages();
      s[6] += c.newLicenses();
    }
    return IntStream.of(s).boxed().toList();
  }

  @Test
  void aChunkWithAFileAnotherPackageHasWritesTheProjectsBeforeItAndRejectsIt() throws Exception {
    try (CatalogDatabase catalog = TestCatalogs.open(dir.resolve("db"))) {
      Database db = catalog.database();
      ProjectWriter writer = new ProjectWriter(db, () -> "tester");
      ImportedProject original = SYNTHETIC.project(1);
      writer.write(original, "first");
      ImportedProject copycat = renamed(original, "Copy-Cat");
      RejectedFileException e = assertThrows(RejectedFileException.class,
          () -> writer.writeAll(List.of(SYNTHETIC.project(0), copycat, SYNTHETIC.project(2)), "second"));
      assertTrue(e.getMessage().contains(original.id()), e.getMessage());
      assertEquals(1, count(db, "select count(*) from packages where id = '" + SYNTHETIC.project(0).id() + "'"));
      assertEquals(0, count(db, "select count(*) from packages where id in ('copy-cat', '"
          + SYNTHETIC.project(2).id() + "')"), "nothing of the rejected project, nor after it");
      assertEquals(0, count(db, "select count(*) from releases where package_id = 'copy-cat'"));
    }
  }

  @Test
  void aChunkWithAPackageTheCatalogHasMergesItAsWriteDoes() throws Exception {
    try (CatalogDatabase catalog = TestCatalogs.open(dir.resolve("db"))) {
      Database db = catalog.database();
      ProjectWriter writer = new ProjectWriter(db, () -> "tester");
      writer.write(SYNTHETIC.project(4), "first");
      List<FileCounts> counts = writer.writeAll(projects(3, 6), "again");
      assertEquals(List.of(true, false, true), counts.stream().map(FileCounts::newPackage).toList());
      assertEquals(0, counts.get(1).newReleases(), "the known package's releases are matched, not duplicated");
      assertEquals(3, count(db, "select count(*) from packages"));
    }
  }

  private static ImportedProject renamed(ImportedProject p, String name) {
    return new ImportedProject(org.packdesk.model.Package.normalize(name), name, p.summary(), p.description(),
        p.homePage(), p.docsUrl(), p.packageUrl(), p.downloadUrl(), p.authorName(), p.authorEmail(), p.licenseText(),
        p.license(), p.keywords(), p.requiresPython(), p.classifiers(), p.languages(), p.owners(), p.maintainers(),
        p.releases(), p.skippedVersions(), p.createdDate(), p.lastUpdated(), p.lifecycle(), p.lifecycleNote());
  }
}
