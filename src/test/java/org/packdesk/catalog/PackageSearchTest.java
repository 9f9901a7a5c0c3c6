package org.packdesk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ebean.Database;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.db.CatalogDatabase;

/** The table rows of the packages a search found, on the sample catalog (requests, Flask, numpy). */
class PackageSearchTest {

  @TempDir
  Path dir;
  CatalogDatabase catalog;
  Database db;
  PackageSearch search;

  @BeforeEach
  void open() {
    catalog = TestCatalogs.open(dir);
    db = catalog.database();
    TestCatalogs.fillSample(db);
    search = new PackageSearch(db);
  }

  @AfterEach
  void close() {
    catalog.close();
  }

  @Test
  void rowsCarryTheLatestVersionLicenseAndMaintainerCountInTheGivenOrder() {
    List<PackageRow> rows = search.rowsFor(List.of("requests", "gone", "flask"));
    assertEquals(List.of("requests", "flask"), rows.stream().map(PackageRow::id).toList(), "unknown ids are left out");
    PackageRow requests = rows.get(0);
    assertEquals("2.18.4", requests.latestVersion(), "the newest by PEP 440, not the rc");
    assertEquals("Apache-2.0", requests.license());
    assertEquals(1, requests.maintainers());
    assertEquals(2, rows.get(1).maintainers());
    assertEquals(List.of(), search.rowsFor(List.of()));
  }
}
