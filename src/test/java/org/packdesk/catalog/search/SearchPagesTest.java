package org.packdesk.catalog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebean.Database;
import io.ebean.Transaction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.catalog.CatalogTotals;
import org.packdesk.catalog.PackagePager;
import org.packdesk.catalog.PackageRow;
import org.packdesk.catalog.PackageSearch;
import org.packdesk.catalog.PackageSort;
import org.packdesk.catalog.paging.Direction;
import org.packdesk.db.CatalogDatabase;

/** A query's matches read a page at a time: every match once, in name order or any other, and jumps land right. */
class SearchPagesTest {

  private static final List<String> QUERIES = List.of("license:MIT", "web", "http* OR json", "-license:MIT python:3.8");

  @TempDir
  Path dir;
  CatalogDatabase catalog;
  SearchIndex index;
  CatalogSearch search;
  PackagePager pager;

  @BeforeEach
  void generate() throws Exception {
    catalog = TestCatalogs.open(dir);
    Database db = catalog.database();
    GeneratedCatalog.fill(db, 7L, 300);
    try (Transaction tx = db.beginTransaction()) {
      CatalogTotals.recountAll(tx.connection());
      tx.commit();
    }
    index = SearchIndex.open(db, catalog.location().file());
    search = new CatalogSearch(index, new PackageSearch(db));
    pager = new PackagePager(db);
  }

  @AfterEach
  void close() {
    index.close();
    catalog.close();
  }

  @Test
  void inNameOrderThePagesAreTheIndexsMatchesOnceEachAndJumpsLandOnTheSamePage() throws Exception {
    for (String query : QUERIES) {
      List<String> expected = index.search(QueryParser.parse(query), null, 1000).ids();
      assertFalse(expected.isEmpty(), query);
      SearchPages pages = new SearchPages(search, pager, query, PackageSort.NAME, Direction.ASCENDING, 7);
      assertEquals(expected.size(), pages.count(), query);
      assertEquals(expected, ids(walk(pages)), query);
      assertTrue(pages.sortedAsAsked());

      SearchPages jumping = new SearchPages(search, pager, query, PackageSort.NAME, Direction.ASCENDING, 7);
      int last = (expected.size() - 1) / 7;
      assertEquals(ids(pages.page(last)), ids(jumping.page(last)), query + ": a jump to the last page");
      assertEquals(expected.size() - 1, jumping.position(expected.get(expected.size() - 1)), query);
      assertEquals(0, jumping.position(expected.get(0)), query);
    }
    SearchPages mit = new SearchPages(search, pager, "license:MIT", PackageSort.NAME, Direction.ASCENDING, 7);
    String notMit = index.search(QueryParser.parse("-license:MIT"), null, 1).ids().get(0);
    assertEquals(-1, mit.position(notMit), "a package the query leaves out stands nowhere");
  }

  @Test
  void inAnotherOrderTheDatabaseSortsTheMatches() throws Exception {
    for (String query : QUERIES) {
      List<String> expected = index.search(QueryParser.parse(query), null, 1000).ids();
      SearchPages pages = new SearchPages(search, pager, query, PackageSort.MAINTAINERS, Direction.DESCENDING, 7);
      List<PackageRow> rows = walk(pages);
      assertEquals(new HashSet<>(expected), new HashSet<>(ids(rows)), query);
      assertEquals(expected.size(), rows.size(), query + ": no package twice");
      for (int i = 1; i < rows.size(); i++) {
        assertTrue(rows.get(i - 1).maintainers() >= rows.get(i).maintainers(), query + " sorted at " + i);
      }
      assertTrue(pages.sortedAsAsked());
      String some = ids(rows).get(rows.size() / 2);
      assertEquals(rows.size() / 2, pages.position(some), query);
    }
  }

  private static List<PackageRow> walk(SearchPages pages) {
    List<PackageRow> rows = new ArrayList<>();
    for (int page = 0; ; page++) {
      List<PackageRow> read = pages.page(page);
      rows.addAll(read);
      if (read.size() < 7) {
        return rows;
      }
    }
  }

  private static List<String> ids(List<PackageRow> rows) {
    return rows.stream().map(PackageRow::id).toList();
  }
}
