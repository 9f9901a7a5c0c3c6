package org.packdesk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.db.CatalogDatabase;

class ReleaseQueriesTest {

  @TempDir
  Path dir;
  CatalogDatabase catalog;
  ReleaseQueries releases;

  @BeforeEach
  void open() {
    catalog = TestCatalogs.open(dir);
    TestCatalogs.fillSample(catalog.database());
    releases = new ReleaseQueries(catalog.database());
  }

  @AfterEach
  void close() {
    catalog.close();
  }

  @Test
  void listsEveryReleaseNewestFirst() {
    List<ReleaseRow> rows = releases.search("", 100);
    assertEquals(List.of("1.14.5", "1.0.2", "2.18.4", "2.18.4rc1", "0.2.0"),
        rows.stream().map(ReleaseRow::version).toList());
    assertEquals("numpy", rows.get(0).packageName());
    assertEquals(Instant.parse("2018-06-12T20:36:08Z"), rows.get(0).created());
  }

  @Test
  void findsReleasesByVersion() {
    assertEquals(List.of("2.18.4", "2.18.4rc1"), versions(releases.search("2.18", 100)));
    assertEquals(List.of("2.18.4rc1"), versions(releases.search("RC1", 100)), "case does not matter");
  }

  @Test
  void findsReleasesByPackageNameAndVersionTogether() {
    assertEquals(List.of("2.18.4", "2.18.4rc1", "0.2.0"), versions(releases.search("reque", 100)));
    assertEquals(List.of("0.2.0"), versions(releases.search("requests 0.2", 100)), "every word must match");
    assertEquals(List.of(), releases.search("flask 2.18", 100));
  }

  @Test
  void countsFilesAndKnowsSizeAndYanking() {
    ReleaseRow old = releases.search("requests 0.2.0", 10).get(0);
    assertEquals(1, old.files());
    assertEquals(3000L, old.size());
    assertTrue(old.yanked());
    assertEquals("Broken packaging", old.yankedReason());
    ReleaseRow flask = releases.search("flask", 10).get(0);
    assertFalse(flask.yanked());
    assertEquals(1, flask.files());
  }

  @Test
  void stopsAtTheLimit() {
    assertEquals(2, releases.search("", 2).size());
  }

  @Test
  void searchesLiterallyWithoutWildcards() {
    assertEquals(List.of(), releases.search("%", 100));
    assertEquals(List.of(), releases.search("2_18", 100));
  }

  private static List<String> versions(List<ReleaseRow> rows) {
    return rows.stream().map(ReleaseRow::version).toList();
  }
}
