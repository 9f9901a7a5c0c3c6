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
import org.packdesk.model.Package;

class PackageLookupTest {

  @TempDir
  Path dir;
  CatalogDatabase catalog;
  Database db;
  PackageLookup lookup;

  @BeforeEach
  void open() {
    catalog = TestCatalogs.open(dir);
    db = catalog.database();
    TestCatalogs.fillSample(db);
    lookup = new PackageLookup(db);
  }

  @AfterEach
  void close() {
    catalog.close();
  }

  private static List<String> ids(List<PackageRef> refs) {
    return refs.stream().map(PackageRef::id).toList();
  }

  @Test
  void suggestsNamesStartingWithWhatWasTypedFirstThenNamesContainingIt() {
    db.save(new Package("requests-oauthlib", "OAuth for requests"));
    db.save(new Package("grequests", "Asynchronous requests"));
    db.save(new Package("Flask_Login", "User sessions for Flask"));

    assertEquals(List.of("requests", "requests-oauthlib", "grequests"), ids(lookup.suggest("requests", 20)));
    assertEquals(List.of("flask", "flask-login"), ids(lookup.suggest("Flask", 20)));
    assertEquals(List.of("flask-login"), ids(lookup.suggest("flask_login", 20)), "typed as published, found by id");
    assertEquals(List.of("flask-login"), ids(lookup.suggest("login flask", 20)), "every word, in any order");
    assertEquals(new PackageRef("flask", "Flask", "A simple framework for building complex web applications."),
        lookup.suggest("fla", 20).get(0));
  }

  @Test
  void suggestsAtMostTheLimitAndEverythingForNothingTyped() {
    for (int i = 0; i < 30; i++) {
      db.save(new Package(String.format("pkg%02d", i), "Package " + i));
    }
    assertEquals(PackageLookup.SUGGESTIONS, lookup.suggest("pkg", PackageLookup.SUGGESTIONS).size());
    assertEquals(List.of("flask", "numpy", "pkg00"), ids(lookup.suggest("", 3)));
    assertEquals(List.of(), lookup.suggest("no such thing", 20));
    assertEquals(List.of(), lookup.suggest("100%_", 20), "LIKE wildcards are matched literally");
  }

  @Test
  void listsThePackagesOfALanguageAndOfALicense() {
    assertEquals(List.of("numpy", "requests"), ids(lookup.withLanguage("Python :: 3.6", 100)));
    assertEquals(List.of("numpy"), ids(lookup.withLanguage("Python :: 3.6", 1)));
    assertEquals(List.of("flask", "numpy"), ids(lookup.withLicense("BSD-3-Clause", 100)));
    assertEquals(List.of(), lookup.withLicense("MIT", 100));
  }

  /** A language most packages declare is listed by walking the packages; the same rows as the join gives. */
  @Test
  void aCommonLanguagesFirstPackagesAreTheSameHoweverTheyAreRead() throws Exception {
    db.sqlUpdate("insert into packages (id, name, summary, version) select 'common-' || lpad(x, 3, '0'),"
        + " 'Common ' || x, 'a package', 1 from system_range(1, 60)").execute();
    db.sqlUpdate("insert into package_languages (package_id, language_id) select id, 'Python :: 3.6' from packages"
        + " where id like 'common-%' and mod(cast(substring(id, 8) as int), 3) <> 0").execute();
    try (var txn = db.beginTransaction()) {
      CatalogTotals.recountAll(txn.connection());
      txn.commit();
    }
    List<String> all = ids(lookup.withLanguage("Python :: 3.6", 100)); // 42 declare it: read from its side
    assertEquals(42, all.size());
    assertEquals(all.subList(0, 3), ids(lookup.withLanguage("Python :: 3.6", 3)), "42 > 10 x 3: the packages walked");
    assertEquals(List.of("common-001", "common-002", "common-004"), ids(lookup.withLanguage("Python :: 3.6", 3)));
  }
}
