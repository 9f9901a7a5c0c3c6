package org.packdesk.catalog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.packdesk.catalog.search.FacetCounts.FacetValue;
import org.packdesk.catalog.search.PackageFacts.Person;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which searches count their facets over the whole index at once (see {@link IndexReading#facets}),
 * and that those counts skip deleted documents as a query's do.
 */
class IndexReadingTest {

  @Test
  void theWholeIndexsCountsSkipDeletedDocumentsLikeAQuerysCounts() throws Exception {
    FacetsConfig config = SearchDocuments.facetsConfig();
    IndexWriterConfig settings = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
    try (var directory = new ByteBuffersDirectory(); var writer = new IndexWriter(directory, settings)) {
      for (int i = 0; i < 6; i++) {
        writer.addDocument(SearchDocuments.of(new PackageFacts("pkg" + i, "pkg" + i, "a package", i < 4 ? "MIT" : "BSD",
            "active", null, List.of("Python :: 3"), List.of(new Person("Ann", "ann@example.org")), List.of("1.0"),
            LocalDate.of(2018, 1, 1), false, 0), config));
      }
      writer.commit();
      writer.deleteDocuments(new Term(SearchDocuments.ID, "pkg0"));
      writer.deleteDocuments(new Term(SearchDocuments.ID, "pkg5"));
      writer.commit(); // no merge: the segment keeps the deleted documents, marked deleted
      try (var searchers = new SearcherManager(directory, null)) {
        IndexSearcher searcher = searchers.acquire();
        try {
          assertEquals(2, searcher.getIndexReader().numDeletedDocs());
        } finally {
          searchers.release(searcher);
        }
        IndexReading reading = new IndexReading(searchers);
        FacetCounts everything = reading.facets(LuceneQueries.of(QueryParser.parse("")), 10);
        FacetCounts active = reading.facets(LuceneQueries.of(QueryParser.parse("lifecycle:active")), 10);
        List<FacetValue> expected = List.of(new FacetValue("MIT", 3), new FacetValue("BSD", 1));
        assertEquals(expected, everything.of(SearchField.LICENSE));
        assertEquals(expected, active.of(SearchField.LICENSE));
        assertEquals(List.of(new FacetValue("ann@example.org", 4)), everything.of(SearchField.MAINTAINER));
        assertSame(everything, reading.facets(LuceneQueries.of(QueryParser.parse("")), 10), "kept while unchanged");

        writer.deleteDocuments(new Term(SearchDocuments.ID, "pkg1"));
        writer.commit();
        searchers.maybeRefresh();
        assertEquals(List.of(new FacetValue("MIT", 2), new FacetValue("BSD", 1)),
            reading.facets(LuceneQueries.of(QueryParser.parse("")), 10).of(SearchField.LICENSE), "counted again");
      }
    }
  }

  /** A big result's facets are counted one segment per core; the counts are the same as in one thread. */
  @Test
  void countingOnEveryCoreGivesTheSameCountsAsOneThread() throws Exception {
    FacetsConfig config = SearchDocuments.facetsConfig();
    String[] licenses = {"MIT", "BSD", "Apache-2.0", null};
    IndexWriterConfig settings = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
    try (var directory = new ByteBuffersDirectory(); var writer = new IndexWriter(directory, settings)) {
      for (int i = 0; i < 400; i++) {
        writer.addDocument(SearchDocuments.of(new PackageFacts("pkg" + i, "pkg" + i, i % 3 == 0 ? "a json tool" : "a tool",
            licenses[i % licenses.length], i % 5 == 0 ? "deprecated" : "active", null,
            List.of("Python :: 3." + (i % 7), "Python :: 3." + (i % 11)),
            List.of(new Person("P" + (i % 13), "p" + (i % 13) + "@example.org")), List.of("1.0"),
            LocalDate.of(2018, 1, 1), false, 0), config));
        if (i % 50 == 49) {
          writer.commit(); // a segment per 50 packages: eight to count side by side
        }
      }
      writer.commit();
      try (var searchers = new SearcherManager(directory, null)) {
        IndexReading oneThread = new IndexReading(searchers, Integer.MAX_VALUE, false);
        IndexReading everyCore = new IndexReading(searchers, 0, false);
        for (String query : List.of("json", "license:MIT", "-lifecycle:deprecated", "pkg1*", "tool")) {
          FacetCounts expected = oneThread.facets(LuceneQueries.of(QueryParser.parse(query)), 10);
          assertEquals(expected, everyCore.facets(LuceneQueries.of(QueryParser.parse(query)), 10), query);
        }
        assertEquals(List.of(new FacetValue("Apache-2.0", 100), new FacetValue("BSD", 100), new FacetValue("MIT", 100),
            new FacetValue("none", 100)),
            everyCore.facets(LuceneQueries.of(QueryParser.parse("tool")), 10).of(SearchField.LICENSE));
      }
    }
  }

  /**
   * A result most of the index wide is counted as the whole index less what it leaves out; the
   * counts and their order (most first, ties in value order) are Lucene's own, over several
   * segments and deleted documents.
   */
  @Test
  void countingWhatABigResultLeavesOutGivesLucenesOwnCounts() throws Exception {
    FacetsConfig config = SearchDocuments.facetsConfig();
    String[] licenses = {"MIT", "BSD", "Apache-2.0", null, "MIT"};
    IndexWriterConfig settings = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
    try (var directory = new ByteBuffersDirectory(); var writer = new IndexWriter(directory, settings)) {
      for (int i = 0; i < 300; i++) {
        writer.addDocument(SearchDocuments.of(new PackageFacts("pkg" + i, "pkg" + i, i % 4 == 0 ? "a json tool" : "a tool",
            licenses[i % licenses.length], i % 6 == 0 ? "deprecated" : "active", null,
            List.of("Python :: 3." + (i % 7), "Python :: 3." + (i % 11)),
            List.of(new Person("P" + (i % 13), "p" + (i % 13) + "@example.org"),
                new Person("Q" + (i % 17), "q" + (i % 17) + "@example.org")), List.of("1.0"),
            LocalDate.of(2018, 1, 1), false, 0), config));
        if (i % 70 == 69) {
          writer.commit();
        }
      }
      writer.commit();
      for (int i = 0; i < 300; i += 9) {
        writer.deleteDocuments(new Term(SearchDocuments.ID, "pkg" + i));
      }
      writer.commit();
      try (var searchers = new SearcherManager(directory, null)) {
        IndexReading lucene = new IndexReading(searchers, Integer.MAX_VALUE, false);
        IndexReading byComplement = new IndexReading(searchers, Integer.MAX_VALUE, true);
        for (String query : List.of("tool", "-lifecycle:deprecated", "-json", "-license:BSD", "tool -pkg1*",
            "-pkg28* -pkg29*")) {
          IndexSearcher searcher = searchers.acquire();
          try {
            assertTrue(ComplementFacets.suits(searcher.count(LuceneQueries.of(QueryParser.parse(query))),
                searcher.getIndexReader().numDocs()), query + " is counted by what it leaves out");
          } finally {
            searchers.release(searcher);
          }
          for (int top : new int[] {1, 3, 10, 1000}) {
            assertEquals(lucene.facets(LuceneQueries.of(QueryParser.parse(query)), top),
                byComplement.facets(LuceneQueries.of(QueryParser.parse(query)), top), query + ", top " + top);
          }
        }
        assertEquals(List.of(new FacetValue("active", 233)),
            byComplement.facets(LuceneQueries.of(QueryParser.parse("-lifecycle:deprecated")), 10)
                .of(SearchField.LIFECYCLE));
      }
    }
  }

  /** Counting by complement reads a field's ordinals as its values: only flat fields without a count of their own. */
  @Test
  void onlyFlatFacetFieldsAreCountedByComplement() {
    assertTrue(ComplementFacets.fits(SearchDocuments.facetsConfig()), "the index's own facet fields");
    FacetsConfig hierarchical = SearchDocuments.facetsConfig();
    hierarchical.setHierarchical(SearchField.LANGUAGE.key(), true);
    assertFalse(ComplementFacets.fits(hierarchical));
    FacetsConfig counted = SearchDocuments.facetsConfig();
    counted.setRequireDimCount(SearchField.LICENSE.key(), true);
    assertFalse(ComplementFacets.fits(counted));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''|true",
      "'   '|true",
      "req*|false",
      "-lifecycle:deprecated|false",
      "license:MIT|false",
      "req* OR -req*|false"})
  void onlyAnEmptySearchMatchesEverything(String query, boolean everything) throws Exception {
    try (var directory = new ByteBuffersDirectory();
        var writer = new IndexWriter(directory, new IndexWriterConfig())) {
      writer.commit();
      try (var reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        assertEquals(everything, IndexReading.matchesEverything(
            searcher.rewrite(LuceneQueries.of(QueryParser.parse(query)))), query);
      }
    }
  }
}
