package org.packdesk.importer.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.db.CatalogDatabase;

/** The indexes and foreign keys dropped for a bulk load come back exactly as they were. */
class DeferredIndexesTest {

  private static final List<String> TABLES = List.of("downloads", "download_days", "releases");

  @TempDir
  Path dir;

  @Test
  void theDroppedIndexesAndForeignKeysComeBackAsTheSchemaHadThem() throws Exception {
    try (CatalogDatabase catalog = TestCatalogs.open(dir);
         Connection connection = catalog.database().dataSource().getConnection()) {
      connection.setAutoCommit(true);
      String before = SchemaShape.of(connection);
      List<DeferredIndexes.Index> dropped;
      try (DeferredIndexes deferred = DeferredIndexes.drop(connection, TABLES)) {
        dropped = deferred.indexes();
        String during = SchemaShape.of(connection);
        assertFalse(during.contains("IX_DOWNLOADS_PACKAGE_CREATED_ID"), during);
        assertFalse(during.contains("FK_DOWNLOADS_RELEASE_ID"), during);
        assertTrue(during.contains("UQ_RELEASES_PACKAGE_VERSION"), "unique indexes stay: " + during);
      }
      assertTrue(dropped.stream().anyMatch(i -> i.columns().equals(List.of("PACKAGE_ID", "CREATED_DATE", "ID"))),
          dropped.toString());
      assertEquals(before, SchemaShape.of(connection));
    }
  }

  @Test
  void theForeignKeysThatComeBackStillCascade() throws Exception {
    try (CatalogDatabase catalog = TestCatalogs.open(dir)) {
      TestCatalogs.fillSample(catalog.database());
      try (Connection connection = catalog.database().dataSource().getConnection()) {
        connection.setAutoCommit(true);
        DeferredIndexes.drop(connection, TABLES).close();
        try (var statement = connection.createStatement()) {
          statement.executeUpdate("delete from releases where package_id = 'requests'");
          var rs = statement.executeQuery("select count(*) from downloads where package_id = 'requests'");
          rs.next();
          assertEquals(0, rs.getLong(1), "the release's downloads went with it");
        }
      }
    }
  }

  @Test
  void rebuildingTellsHowFarItIsAndClosingAfterwardsBuildsNothingTwice() throws Exception {
    try (CatalogDatabase catalog = TestCatalogs.open(dir);
         Connection connection = catalog.database().dataSource().getConnection()) {
      connection.setAutoCommit(true);
      String before = SchemaShape.of(connection);
      List<String> told = new java.util.ArrayList<>();
      try (DeferredIndexes deferred = DeferredIndexes.drop(connection, TABLES)) {
        deferred.rebuild((phase, done, total) -> told.add(phase + " " + done + "/" + total));
      }
      assertEquals(before, SchemaShape.of(connection));
      assertTrue(told.size() > 5, told.toString());
      assertEquals("indexes 1/" + told.size(), told.get(0));
      assertEquals("indexes " + told.size() + "/" + told.size(), told.get(told.size() - 1));
    }
  }

  @Test
  void anIndexTheLoadFillsInItsOwnOrderStaysThroughIt() throws Exception {
    try (CatalogDatabase catalog = TestCatalogs.open(dir);
         Connection connection = catalog.database().dataSource().getConnection()) {
      connection.setAutoCommit(true);
      String before = SchemaShape.of(connection);
      try (DeferredIndexes deferred = DeferredIndexes.drop(connection, TABLES, CatalogGenerator.IN_LOAD_ORDER)) {
        String during = SchemaShape.of(connection);
        assertTrue(during.contains("IX_DOWNLOADS_CREATED_ID"), "kept: the load appends to it " + during);
        assertFalse(during.contains("IX_DOWNLOADS_PACKAGE_CREATED_ID"), during);
        assertTrue(deferred.indexes().stream().noneMatch(i -> i.name().equals("IX_DOWNLOADS_CREATED_ID")),
            "nothing to build again: " + deferred.indexes());
      }
      assertEquals(before, SchemaShape.of(connection));
    }
  }
}
