package org.packdesk.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.catalog.CatalogCounts;
import org.packdesk.catalog.CatalogStatistics;
import org.packdesk.model.Package;
import org.packdesk.model.Release;

/** The schema comes from the committed migrations, at every start, safely. */
class MigrationTest {

  private static final String FIXTURE_1_0 = "/fixtures/catalog-1.0.mv.db";

  @TempDir
  Path dir;

  @Test
  void newCatalogIsCreatedAtTheLatestSchemaWithoutABackup() {
    CatalogLocation location = CatalogLocation.ofFile(dir.resolve("new"));
    try (CatalogDatabase catalog = CatalogDatabase.open(location)) {
      assertTrue(catalog.migration().createdNew());
      assertEquals(List.of("1.0"), catalog.migration().applied());
      assertEquals("1.0", catalog.schemaVersion());
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
    try (CatalogDatabase catalog = CatalogDatabase.open(location)) {
      assertSampleIntact(catalog);
    }
  }

  @Test
  void upgradeBacksUpTheFileThenMigratesKeepingEveryRow() throws Exception {
    CatalogLocation location = copyFixture("upgrade");
    try (URLClassLoader scripts = scriptsWithAnExtraMigration();
         CatalogDatabase catalog = CatalogDatabase.open(location, scripts)) {
      assertEquals(List.of("1.1"), catalog.migration().applied());
      assertEquals("1.1", catalog.schemaVersion());
      assertTrue(Files.exists(catalog.migration().backup().orElseThrow()));
      assertSampleIntact(catalog);
      assertEquals(0, catalog.database().sqlQuery("select count(*) from packages where curation_note is not null")
          .mapToScalar(Long.class).findOne());
    }
    // the backup is itself a catalog at the old version, with the same rows
    try (CatalogDatabase old = CatalogDatabase.open(
        CatalogLocation.ofFile(new CatalogBackups(location.file().orElseThrow()).list().get(0)))) {
      assertEquals("1.0", old.schemaVersion());
      assertSampleIntact(old);
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
    try (InputStream in = MigrationTest.class.getResourceAsStream(FIXTURE_1_0)) {
      Files.copy(in, dir.resolve(name + CatalogLocation.H2_SUFFIX));
    }
    return CatalogLocation.ofFile(dir.resolve(name));
  }

  /** The real scripts plus a 1.1 that adds a column, as a future release of Packdesk would. */
  private URLClassLoader scriptsWithAnExtraMigration() throws Exception {
    Path root = dir.resolve("scripts");
    Path h2 = root.resolve("dbmigration/h2");
    Files.createDirectories(h2);
    try (InputStream in = MigrationTest.class.getResourceAsStream("/dbmigration/h2/1.0__initial.sql")) {
      Files.copy(in, h2.resolve("1.0__initial.sql"));
    }
    Files.writeString(h2.resolve("1.1__curation_note.sql"),
        "alter table packages add column curation_note varchar(1000);\n");
    return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
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
