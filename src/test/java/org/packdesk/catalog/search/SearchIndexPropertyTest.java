package org.packdesk.catalog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebean.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.catalog.search.FacetCounts.FacetValue;
import org.packdesk.db.CatalogDatabase;

/** The index answers exactly what a brute-force filter over the same catalog answers, for many random queries. */
class SearchIndexPropertyTest {

  private static final long SEED = 20261124L;

  @TempDir
  Path dir;
  CatalogDatabase catalog;
  SearchIndex index;
  BruteForce reference;

  @BeforeEach
  void generate() {
    catalog = TestCatalogs.open(dir);
    Database db = catalog.database();
    GeneratedCatalog.fill(db, SEED, 300);
    index = SearchIndex.open(db, catalog.location().file());
    reference = BruteForce.load(db);
  }

  @AfterEach
  void close() {
    index.close();
    catalog.close();
  }

  @Test
  void randomQueriesFindWhatTheBruteForceFilterFinds() throws Exception {
    RandomQueries queries = new RandomQueries(SEED);
    int nonEmpty = 0;
    for (int i = 0; i < 1500; i++) {
      String query = queries.next();
      SearchNode node = QueryParser.parse(query);
      List<String> expected = reference.ids(node);
      SearchHits hits = index.search(node, null, 1000);
      assertEquals(expected, hits.ids(), query);
      assertEquals(expected.size(), hits.total(), query);
      nonEmpty += expected.isEmpty() || expected.size() == reference.packages().size() ? 0 : 1;
    }
    // the property means little if most queries matched nothing (or everything)
    assertTrue(nonEmpty > 600, "only " + nonEmpty + " queries matched some but not all packages");
  }

  @Test
  void pagesAfterAnIdContinueInTheSameOrder() throws Exception {
    SearchNode node = QueryParser.parse("license:mit OR python:3");
    List<String> expected = reference.ids(node);
    List<String> paged = new ArrayList<>();
    String after = null;
    while (true) {
      SearchHits page = index.search(node, after, 7);
      assertEquals(expected.size(), page.total());
      if (page.ids().isEmpty()) {
        break;
      }
      paged.addAll(page.ids());
      after = page.ids().get(page.ids().size() - 1);
    }
    assertEquals(expected, paged);
  }

  @Test
  void facetCountsAreTheBruteForceCountsOfTheMatches() throws Exception {
    RandomQueries queries = new RandomQueries(SEED + 1);
    for (int i = 0; i < 150; i++) {
      String query = i == 0 ? "" : queries.next();
      SearchNode node = QueryParser.parse(query);
      Map<SearchField, Map<String, Long>> expected = reference.facets(node);
      FacetCounts counts = index.facets(node, 1000);
      for (SearchField field : SearchDocuments.FACETS) {
        Map<String, Long> actual = new HashMap<>();
        for (FacetValue value : counts.of(field)) {
          actual.put(value.value(), value.count());
        }
        assertEquals(expected.get(field), actual, query + " / " + field.key());
      }
    }
  }

  @Test
  void topFacetValuesComeMostFrequentFirst() throws Exception {
    List<FacetValue> languages = index.facets(QueryParser.parse(""), 3).of(SearchField.LANGUAGE);
    assertEquals(3, languages.size());
    assertTrue(languages.get(0).count() >= languages.get(1).count());
    assertTrue(languages.get(1).count() >= languages.get(2).count());
  }
}
