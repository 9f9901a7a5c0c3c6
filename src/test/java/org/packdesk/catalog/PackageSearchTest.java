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
import org.packdesk.model.LifecycleStatus;
import org.packdesk.model.Package;

/** Free text and filters over the sample catalog (requests, Flask, numpy). */
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

  private List<String> ids(String text, PackageFilter filter) {
    return search.search(text, filter, 100).stream().map(PackageRow::id).toList();
  }

  @Test
  void rowsCarryTheLatestVersionLicenseAndMaintainerCount() {
    PackageRow requests = search.search("requests", 10).get(0);
    assertEquals("2.18.4", requests.latestVersion(), "the newest by PEP 440, not the rc");
    assertEquals("Apache-2.0", requests.license());
    assertEquals(1, requests.maintainers());
    assertEquals(List.of("flask", "numpy", "requests"), ids("", PackageFilter.NONE));
  }

  @Test
  void filtersNarrowTheResult() {
    assertEquals(List.of("flask", "numpy"), ids("", new PackageFilter("BSD-3-Clause", null, null, null, false)));
    assertEquals(List.of("flask", "requests"), ids("", new PackageFilter(null, "Python :: 3", null, null, false)));
    assertEquals(List.of("flask", "requests"), ids("", new PackageFilter(null, null, "ME@kennethreitz.com", null, false)));
    assertEquals(List.of("requests"), ids("", new PackageFilter(null, null, null, null, true)), "0.2.0 is yanked");
    assertEquals(List.of("flask"), ids("simple", new PackageFilter(null, "Python :: 3", null, null, false)));
    assertEquals(List.of(), ids("", new PackageFilter("Apache-2.0", "Python :: 3", "armin.ronacher@active-4.com", null, false)));
  }

  @Test
  void filterChoicesAreTheUsedLicensesAndLanguagesMostUsedFirst() {
    PackageSearch.FilterChoices choices = search.filterChoices();
    assertEquals(List.of("BSD-3-Clause", "Apache-2.0"), choices.licenses());
    assertEquals(List.of("Python :: 3", "Python :: 3.6"), choices.languages());
  }

  @Test
  void lifecycleAndMissingLicenseFilter() {
    Package numpy = db.find(Package.class, "numpy");
    numpy.setLifecycle(LifecycleStatus.DEPRECATED);
    numpy.setLicense(null);
    db.save(numpy);
    assertEquals(List.of("numpy"), ids("", new PackageFilter(null, null, null, LifecycleStatus.DEPRECATED, false)));
    assertEquals(List.of("numpy"), ids("", new PackageFilter(PackageFilter.NO_LICENSE, null, null, null, false)));
    assertEquals(List.of("flask", "requests"), ids("", new PackageFilter(null, null, null, LifecycleStatus.ACTIVE, false)));
  }
}
