package org.packdesk.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalog filled beside its name takes the name only when complete. */
class StagedCatalogTest {

  @TempDir
  Path dir;

  private CatalogLocation target() {
    return CatalogLocation.ofFile(dir.resolve("made"));
  }

  private static long users(CatalogDatabase db) {
    return db.database().sqlQuery("select count(*) from users").mapToScalar(Long.class).findOne();
  }

  private static int addUser(CatalogDatabase db, String name) {
    return db.database().sqlUpdate("insert into users (name, email, email_key, version, created_date)"
        + " values (?, ?, ?, 1, current_timestamp)").setParameter(1, name).setParameter(2, name + "@example.org")
        .setParameter(3, name + "@example.org").execute();
  }

  @Test
  void aCompleteFillTakesTheNameAndLeavesNothingBeside() throws Exception {
    StagedCatalog staged = StagedCatalog.of(target());
    int added = staged.fill(db -> {
      assertFalse(Files.exists(target().dataFile().get()), "the name is free while the catalog is filled");
      return addUser(db, "ada");
    });
    assertEquals(1, added);
    assertFalse(Files.exists(staged.staging().dataFile().get()));
    try (CatalogDatabase db = CatalogDatabase.open(target())) {
      assertEquals(1, users(db));
    }
  }

  @Test
  void theSearchIndexMadeBesideTheNewCatalogReplacesTheOldOnes() throws Exception {
    Path oldIndex = Files.createDirectories(dir.resolve("made.search"));
    Files.writeString(oldIndex.resolve("segments_1"), "the empty catalog's index");
    StagedCatalog staged = StagedCatalog.of(target());
    staged.fill(db -> {
      try {
        Path made = Files.createDirectories(dir.resolve("made.staging.search"));
        return Files.writeString(made.resolve("segments_2"), "the new catalog's index");
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    assertFalse(Files.exists(dir.resolve("made.staging.search")));
    assertFalse(Files.exists(oldIndex.resolve("segments_1")));
    assertEquals("the new catalog's index", Files.readString(dir.resolve("made.search").resolve("segments_2")));
  }

  @Test
  void aFailedFillLeavesNeitherTheNameNorTheStagingFile() {
    StagedCatalog staged = StagedCatalog.of(target());
    IllegalStateException failure = new IllegalStateException("disk full");
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> staged.fill(db -> {
      addUser(db, "ada");
      throw failure;
    }));
    assertSame(failure, thrown);
    assertFalse(Files.exists(target().dataFile().get()));
    assertFalse(Files.exists(staged.staging().dataFile().get()));
  }

  @Test
  void whatAStoppedFillLeftIsRemovedFirst() throws Exception {
    StagedCatalog staged = StagedCatalog.of(target());
    Files.writeString(staged.staging().dataFile().get(), "half a catalog, cut off by a killed process");
    assertTrue(staged.removeLeftover());
    assertFalse(staged.removeLeftover(), "nothing left the second time");

    Files.writeString(staged.staging().dataFile().get(), "half a catalog, cut off by a killed process");
    staged.fill(db -> addUser(db, "ada"));
    try (CatalogDatabase db = CatalogDatabase.open(target())) {
      assertEquals(1, users(db));
    }
  }

  @Test
  void anEmptyCatalogUnderTheNameIsReplacedButNotWhileItIsOpen() throws Exception {
    try (CatalogDatabase empty = CatalogDatabase.open(target())) {
      assertEquals(0, users(empty));
      StagedCatalog staged = StagedCatalog.of(target());
      CatalogOpenException open = assertThrows(CatalogOpenException.class, () -> staged.fill(db -> addUser(db, "ada")));
      assertTrue(open.getMessage().contains("is open in another program")
          && open.getMessage().contains(staged.staging().dataFile().get().toString()), open.getMessage());
      assertTrue(Files.exists(staged.staging().dataFile().get()), "the complete catalog is kept where it was made");
      assertEquals(0, users(empty));
    }
    StagedCatalog.of(target()).fill(db -> addUser(db, "grace"));
    try (CatalogDatabase db = CatalogDatabase.open(target())) {
      assertEquals(1, users(db));
    }
  }

  @Test
  void aServerDatabaseCannotBeStaged() {
    assertThrows(IllegalArgumentException.class,
        () -> StagedCatalog.of(CatalogLocation.parse("jdbc:postgresql://localhost/packdesk")));
  }
}
