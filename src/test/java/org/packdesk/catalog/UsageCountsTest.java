package org.packdesk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebean.Database;
import io.ebean.SqlRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.catalog.edit.ChangeJournal;
import org.packdesk.catalog.edit.DeletePackage;
import org.packdesk.catalog.edit.MergeLanguages;
import org.packdesk.catalog.edit.PackageField;
import org.packdesk.catalog.edit.SetPackageFields;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.importer.ImportProgress;
import org.packdesk.importer.ImportedProject;
import org.packdesk.importer.ProjectWriter;
import org.packdesk.importer.PypiImporter;
import org.packdesk.importer.PypiJsonSamples;
import org.packdesk.importer.generate.CatalogSize;
import org.packdesk.importer.generate.SyntheticCatalog;
import org.packdesk.model.License;
import org.packdesk.model.Package;
import org.packdesk.model.ProgrammingLanguage;

/** The licenses' and languages' stored package counts equal a fresh count after every kind of write. */
public class UsageCountsTest {

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

  /** Every license's and language's stored count against a group-by of the packages: none may differ. */
  public static void assertUsageCountsMatchTheRows(Database db) {
    List<SqlRow> licenses = db.sqlQuery("select l.id, l.package_count, coalesce(c.n, 0) as counted from licenses l"
        + " left join (select license_id, count(*) as n from packages group by license_id) c on c.license_id = l.id"
        + " where l.package_count <> coalesce(c.n, 0)").findList();
    assertEquals(List.of(), licenses, "licenses whose stored package count differs from their packages");
    List<SqlRow> languages = db.sqlQuery("select l.id, l.package_count, coalesce(c.n, 0) as counted from languages l"
        + " left join (select language_id, count(distinct package_id) as n from package_languages group by language_id) c"
        + " on c.language_id = l.id where l.package_count <> coalesce(c.n, 0)").findList();
    assertEquals(List.of(), languages, "languages whose stored package count differs from their packages");
  }

  private long license(String id) {
    return db.find(License.class, id).getPackageCount();
  }

  private long language(String id) {
    return db.find(ProgrammingLanguage.class, id).getPackageCount();
  }

  private SetPackageFields licenseEdit(String packageId, String license) {
    Package read = db.find(Package.class, packageId);
    String before = read.getLicense() == null ? null : read.getLicense().getId();
    java.util.Map<PackageField, Object> was = new java.util.HashMap<>();
    was.put(PackageField.LICENSE, before);
    java.util.Map<PackageField, Object> wanted = new java.util.HashMap<>();
    wanted.put(PackageField.LICENSE, license);
    return new SetPackageFields(packageId, read.getVersion(), was, wanted);
  }

  @Test
  void theSampleCatalogHasItsCounts() {
    assertUsageCountsMatchTheRows(db);
    assertEquals(1, license("Apache-2.0"));
    assertEquals(2, license("BSD-3-Clause"));
    assertEquals(2, language("Python :: 3"));
    assertEquals(2, language("Python :: 3.6"));
  }

  @Test
  void importingOneByOneCountsANewPackageAndMovesAnUpdatedOne() throws Exception {
    PypiImporter importer = new PypiImporter(db, "tester");
    Files.createDirectories(dir.resolve("in"));
    importer.importFiles(List.of(PypiJsonSamples.write(dir.resolve("in"), "demo.json", PypiJsonSamples.DEMO)),
        ImportProgress.NONE, () -> false);
    assertEquals("Apache-2.0", db.find(Package.class, "demo-pkg").getLicense().getId());
    assertEquals(2, license("Apache-2.0"), "requests and demo-pkg");
    assertEquals(1, language("Python :: Implementation :: PyPy"));
    assertEquals(3, language("Python :: 3.6"), "requests, numpy and demo-pkg");
    assertUsageCountsMatchTheRows(db);

    // PyPI serves it again with another license and without PyPy
    String changed = PypiJsonSamples.DEMO.replace("\"license\": \"Apache 2.0\"", "\"license\": \"MIT\"")
        .replace("\"Programming Language :: Python :: Implementation :: PyPy\",", "");
    importer.importFiles(List.of(PypiJsonSamples.write(dir.resolve("in"), "demo.json", changed)),
        ImportProgress.NONE, () -> false);
    assertEquals("MIT", db.find(Package.class, "demo-pkg").getLicense().getId());
    assertEquals(1, license("MIT"));
    assertEquals(1, license("Apache-2.0"), "the package left its old license");
    assertEquals(0, language("Python :: Implementation :: PyPy"));
    assertEquals(3, language("Python :: 3.6"), "a language kept is not counted twice");
    assertUsageCountsMatchTheRows(db);
  }

  @Test
  void theBulkPathCountsEachChunkOfNewPackages() throws Exception {
    SyntheticCatalog synthetic = new SyntheticCatalog(new CatalogSize(60, 300, 0, 5));
    ProjectWriter writer = new ProjectWriter(db, () -> "tester");
    List<ImportedProject> projects = IntStream.range(0, 60).mapToObj(synthetic::project).toList();
    writer.writeAll(projects.subList(0, 25), "generated");
    writer.writeAll(projects.subList(25, 60), "generated");
    assertUsageCountsMatchTheRows(db);
    long withLicense = db.sqlQuery("select sum(package_count) from licenses").mapToScalar(Long.class).findOne();
    assertEquals(db.sqlQuery("select count(*) from packages where license_id is not null")
        .mapToScalar(Long.class).findOne(), withLicense);
    assertTrue(db.sqlQuery("select max(package_count) from languages").mapToScalar(Long.class).findOne() > 1,
        "the generated packages share languages");
  }

  @Test
  void changingAPackagesLicenseMovesItAndUndoAndRedoMoveItBack() throws Exception {
    journal.perform(licenseEdit("flask", "Apache-2.0"));
    assertEquals(2, license("Apache-2.0"));
    assertEquals(1, license("BSD-3-Clause"));
    assertUsageCountsMatchTheRows(db);
    journal.undo();
    assertEquals(1, license("Apache-2.0"));
    assertEquals(2, license("BSD-3-Clause"));
    assertUsageCountsMatchTheRows(db);
    journal.redo();
    assertEquals(2, license("Apache-2.0"));
    assertUsageCountsMatchTheRows(db);
    journal.perform(licenseEdit("requests", null));
    assertEquals(1, license("Apache-2.0"), "a license taken away leaves the package without one");
    assertUsageCountsMatchTheRows(db);
  }

  @Test
  void deletingAPackageTakesItOffItsLicenseAndLanguages() throws Exception {
    journal.perform(new DeletePackage("requests", DeletePackage.DeletionImpact.of(db, "requests")));
    assertEquals(0, license("Apache-2.0"));
    assertEquals(1, language("Python :: 3"));
    assertEquals(1, language("Python :: 3.6"));
    assertUsageCountsMatchTheRows(db);
  }

  @Test
  void mergingLanguagesCountsEachPackageOnceAndUndoRestoresBoth() throws Exception {
    journal.perform(new MergeLanguages("Python :: 3.6", "Python :: 3"));
    assertEquals(3, language("Python :: 3"), "requests declared both: counted once");
    assertUsageCountsMatchTheRows(db);
    journal.undo();
    assertEquals(2, language("Python :: 3"));
    assertEquals(2, language("Python :: 3.6"));
    assertUsageCountsMatchTheRows(db);
    journal.redo();
    assertEquals(3, language("Python :: 3"));
    // a rename: the language merged into is new
    journal.perform(new MergeLanguages("Python :: 3", "Python 3"));
    assertEquals(3, language("Python 3"));
    assertUsageCountsMatchTheRows(db);
    journal.undo();
    assertEquals(3, language("Python :: 3"));
    assertEquals(null, db.find(ProgrammingLanguage.class, "Python 3"), "the language the rename made is gone again");
    assertUsageCountsMatchTheRows(db);
  }

  @Test
  void recountAllRepairsCountsThatDrifted() throws Exception {
    db.sqlUpdate("update licenses set package_count = 99").execute();
    try (var txn = db.beginTransaction()) {
      UsageCounts.recountAll(txn.connection());
      txn.commit();
    }
    assertEquals(Map.of("Apache-2.0", 1L, "BSD-3-Clause", 2L), Map.of("Apache-2.0", license("Apache-2.0"),
        "BSD-3-Clause", license("BSD-3-Clause")));
    assertUsageCountsMatchTheRows(db);
  }
}
