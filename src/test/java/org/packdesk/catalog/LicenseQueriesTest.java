package org.packdesk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.model.License;

class LicenseQueriesTest {

  @TempDir
  Path dir;
  CatalogDatabase catalog;
  LicenseQueries licenses;

  @BeforeEach
  void open() {
    catalog = TestCatalogs.open(dir);
    TestCatalogs.fillSample(catalog.database());
    licenses = new LicenseQueries(catalog.database());
  }

  @AfterEach
  void close() {
    catalog.close();
  }

  @Test
  void countsPackagesPerLicenseMostUsedFirst() {
    List<LicenseRow> rows = licenses.search("", 100);
    assertEquals(List.of("BSD-3-Clause", "Apache-2.0"), rows.stream().map(LicenseRow::id).toList());
    assertEquals(2, rows.get(0).packages());
    assertEquals(1, rows.get(1).packages());
    assertEquals(3, rows.get(0).catalogPackages());
    assertEquals(2.0 / 3, rows.get(0).share(), 1e-9);
    assertEquals("Apache License 2.0", rows.get(1).summary());
    assertNull(rows.get(0).summary(), "BSD-3-Clause has no description in the sample");
  }

  @Test
  void keepsUnusedLicensesWithZero() {
    catalog.database().save(new License("MIT"));
    LicenseRow mit = licenses.search("mit", 100).get(0);
    assertEquals("MIT", mit.id());
    assertEquals(0, mit.packages());
  }

  @Test
  void findsLicensesByIdOrDescription() {
    assertEquals(List.of("Apache-2.0"), ids(licenses.search("apache", 100)));
    assertEquals(List.of("Apache-2.0"), ids(licenses.search("license 2.0", 100)), "words of the description");
    assertEquals(List.of("BSD-3-Clause"), ids(licenses.search("bsd-3", 100)));
    assertEquals(List.of(), licenses.search("gpl", 100));
  }

  @Test
  void summarisesLongTextsByTheirFirstLine() {
    License custom = new License("LicenseRef-Custom");
    custom.setDescription("\n  Copyright (c) 2018 Somebody\n\nPermission is hereby granted...\n" + "x".repeat(100_000));
    catalog.database().save(custom);
    assertEquals("Copyright (c) 2018 Somebody", licenses.search("licenseref", 10).get(0).summary());
    assertEquals("LicenseRef-Custom", licenses.search("permission hereby", 10).get(0).id(),
        "the whole text is searched");
    assertEquals(LicenseQueries.SUMMARY_LENGTH, LicenseQueries.summary("y".repeat(500)).length());
  }

  private static List<String> ids(List<LicenseRow> rows) {
    return rows.stream().map(LicenseRow::id).toList();
  }
}
