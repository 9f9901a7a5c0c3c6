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
import org.packdesk.catalog.paging.Direction;
import org.packdesk.catalog.paging.SqlCriteria;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.model.License;

/** The licenses table's pages: most used first by the stored counts, found by id or description, every license once. */
class LicensePagerTest {

  private static final String COUNTED = "select l.id, count(p.id) as n from licenses l"
      + " left join packages p on p.license_id = l.id group by l.id";

  @TempDir
  Path dir;
  CatalogDatabase catalog;
  LicensePager licenses;

  @BeforeEach
  void open() {
    catalog = TestCatalogs.open(dir);
    TestCatalogs.fillSample(catalog.database());
    licenses = new LicensePager(catalog.database());
  }

  @AfterEach
  void close() {
    catalog.close();
  }

  private List<LicenseRow> search(String text) {
    return licenses.page(LicensePager.matching(text), LicenseSort.PACKAGES, Direction.DESCENDING, null, 100).rows();
  }

  private static List<String> ids(List<LicenseRow> rows) {
    return rows.stream().map(LicenseRow::id).toList();
  }

  @Test
  void countsPackagesPerLicenseMostUsedFirst() {
    List<LicenseRow> rows = search("");
    assertEquals(List.of("BSD-3-Clause", "Apache-2.0"), ids(rows));
    assertEquals(2, rows.get(0).packages());
    assertEquals(1, rows.get(1).packages());
    assertEquals(3, rows.get(0).catalogPackages());
    assertEquals(2.0 / 3, rows.get(0).share(), 1e-9);
    assertEquals("Apache License 2.0", rows.get(1).summary());
    assertNull(rows.get(0).summary(), "BSD-3-Clause has no description in the sample");
    assertEquals(2, licenses.count(SqlCriteria.NONE));
  }

  @Test
  void keepsUnusedLicensesWithZero() {
    catalog.database().save(new License("MIT"));
    LicenseRow mit = search("mit").get(0);
    assertEquals("MIT", mit.id());
    assertEquals(0, mit.packages());
    assertEquals(List.of("BSD-3-Clause", "Apache-2.0", "MIT"), ids(search("")));
  }

  @Test
  void findsLicensesByIdOrDescription() {
    assertEquals(List.of("Apache-2.0"), ids(search("apache")));
    assertEquals(List.of("Apache-2.0"), ids(search("license 2.0")), "words of the description");
    assertEquals(List.of("BSD-3-Clause"), ids(search("bsd-3")));
    assertEquals(List.of(), search("gpl"));
    assertEquals(1, licenses.count(LicensePager.matching("APACHE license")));
  }

  @Test
  void takesLikeWildcardsLiterally() {
    catalog.database().save(new License("GPL_2"));
    catalog.database().save(new License("GPLx2"));
    assertEquals(List.of("GPL_2"), ids(search("gpl_")));
    assertEquals(List.of(), search("gpl%2"));
  }

  @Test
  void summarisesLongTextsByTheirFirstLine() {
    License custom = new License("LicenseRef-Custom");
    custom.setDescription("\n  Copyright (c) 2018 Somebody\n\nPermission is hereby granted...\n" + "x".repeat(100_000));
    catalog.database().save(custom);
    assertEquals("Copyright (c) 2018 Somebody", search("licenseref").get(0).summary());
    assertEquals("LicenseRef-Custom", search("permission hereby").get(0).id(), "the whole text is searched");
    assertEquals(LicenseQueries.SUMMARY_LENGTH, LicenseQueries.summary("y".repeat(500)).length());
  }

  @Test
  void everyLicenseExactlyOnceInEveryOrderDirectionAndPageSize() {
    UsageFixture.fill(catalog.database(), 40, 30);
    UsageFixture.assertEveryRowOnce(licenses, SqlCriteria.NONE, LicenseSort.values(), LicenseSort.PACKAGES,
        UsageFixture.counted(catalog.database(), COUNTED), LicenseRow::id);
  }

  @Test
  void aSearchIsCriteriaEveryPageKeeps() {
    UsageFixture.fill(catalog.database(), 40, 30);
    SqlCriteria criteria = LicensePager.matching("tied license");
    UsageFixture.assertEveryRowOnce(licenses, criteria, LicenseSort.values(), LicenseSort.PACKAGES,
        UsageFixture.counted(catalog.database(), COUNTED + " having l.id like 'L%'"), LicenseRow::id);
    assertEquals(40, licenses.count(criteria));
    assertEquals(39, licenses.position(criteria, LicenseSort.PACKAGES, Direction.DESCENDING, "L000"),
        "unused, and the first id: last of the ties at the bottom");
    assertEquals(-1, licenses.position(criteria, LicenseSort.PACKAGES, Direction.DESCENDING, "Apache-2.0"));
  }
}
