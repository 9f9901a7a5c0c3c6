package org.packdesk.catalog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which searches count their facets over the whole index at once (see {@link IndexReading#facets}). */
class IndexReadingTest {

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
