package org.packdesk.catalog.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.ConcurrentSortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.packdesk.catalog.search.FacetCounts.FacetValue;

/** Answers queries from the index's current searcher: pages of ids in id order, and facet counts. */
final class IndexReading {

  private static final Sort BY_ID = new Sort(new SortField(SearchDocuments.ID, SortField.Type.STRING));
  private static final Set<String> ID_ONLY = Set.of(SearchDocuments.ID);

  /** Results at least this big have their facets counted on every core. */
  static final int CONCURRENT_FROM = 50_000;
  /** One thread per core, shared by every index; none on a single core. */
  private static final ExecutorService COUNTERS = Runtime.getRuntime().availableProcessors() < 2 ? null
      : Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), runnable -> {
        Thread thread = new Thread(runnable, "facet-counting");
        thread.setDaemon(true);
        return thread;
      });

  private final SearcherManager searchers;
  /** The facet ordinals of one reader; rebuilt only when the index changed. */
  private volatile FacetState facetState;

  private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
  }

  /**
   * The whole catalog's count of every facet value as of one reader: the facets of an empty search
   * and of results most of the catalog wide.
   */
  private volatile ComplementFacets complements;

  /** The whole catalog's top facet values as of one reader (a new reader means the index changed). */
  private volatile WholeCatalog wholeCatalog;

  private record WholeCatalog(IndexReader reader, int top, FacetCounts counts) {
  }

  /** From how many hits a result's facets are counted on every core. */
  private final int concurrentFrom;

  /**
   * Whether the whole catalog and results most of it wide are counted by {@link ComplementFacets}
   * (which needs flat facet fields), or each by Lucene.
   */
  private final boolean byComplement;

  IndexReading(SearcherManager searchers) {
    this(searchers, CONCURRENT_FROM, true);
  }

  /**
   * With another threshold for counting on every core, and counting by complement on or off, so
   * that a test can compare the ways of counting on a small index.
   */
  IndexReading(SearcherManager searchers, int concurrentFrom, boolean byComplement) {
    this.searchers = searchers;
    this.concurrentFrom = concurrentFrom;
    this.byComplement = byComplement && ComplementFacets.fits(SearchDocuments.facetsConfig());
  }

  SearchHits search(Query query, String afterId, int limit) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        Query page = afterId == null ? query : new BooleanQuery.Builder().add(query, Occur.FILTER)
            .add(TermRangeQuery.newStringRange(SearchDocuments.ID, afterId, null, false, false), Occur.FILTER).build();
        long total = searcher.count(query);
        TopDocs top = searcher.search(page, Math.max(1, limit), BY_ID, false);
        List<String> ids = new ArrayList<>(top.scoreDocs.length);
        var stored = searcher.storedFields();
        for (ScoreDoc hit : top.scoreDocs) {
          ids.add(stored.document(hit.doc, ID_ONLY).get(SearchDocuments.ID));
        }
        return new SearchHits(limit <= 0 ? List.of() : ids, total);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Searching the index failed: " + e.getMessage(), e);
    }
  }

  /**
   * Where the package {@code id} stands among the matches of {@code query} in id order (the number
   * of matches before it, counted, not read), or -1 when it does not match.
   */
  long position(Query query, String id) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        Query itself = new BooleanQuery.Builder().add(query, Occur.FILTER)
            .add(TermRangeQuery.newStringRange(SearchDocuments.ID, id, id, true, true), Occur.FILTER).build();
        if (searcher.count(itself) == 0) {
          return -1;
        }
        Query before = new BooleanQuery.Builder().add(query, Occur.FILTER)
            .add(TermRangeQuery.newStringRange(SearchDocuments.ID, null, id, false, false), Occur.FILTER).build();
        return searcher.count(before);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Searching the index failed: " + e.getMessage(), e);
    }
  }

  /**
   * The ids of matches {@code every - 1}, {@code 2 * every - 1}, ... in id order: page {@code k}
   * of a paged result starts after anchor {@code k - 1}. Sorts every match once; reads only the
   * anchors' ids.
   */
  List<String> anchors(Query query, int every) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        int total = searcher.count(query);
        List<String> anchors = new ArrayList<>();
        if (total < every) {
          return anchors;
        }
        TopDocs all = searcher.search(query, total, BY_ID, false);
        var stored = searcher.storedFields();
        for (int i = every - 1; i < all.scoreDocs.length; i += every) {
          anchors.add(stored.document(all.scoreDocs[i].doc, ID_ONLY).get(SearchDocuments.ID));
        }
        return anchors;
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Searching the index failed: " + e.getMessage(), e);
    }
  }

  FacetCounts facets(Query query, int top) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        if (searcher.getIndexReader().numDocs() == 0) {
          return new FacetCounts(new EnumMap<>(SearchField.class));
        }
        Query rewritten = searcher.rewrite(query);
        if (!matchesEverything(rewritten)) {
          FacetsCollector collector = new FacetsCollector();
          searcher.search(rewritten, collector);
          if (byComplement && ComplementFacets.suits(hits(collector), searcher.getIndexReader().numDocs())) {
            return complements(searcher).top(collector, top);
          }
          return top(count(state(searcher), collector), top);
        }
        // the whole catalog (an empty search box, every time the Packages section opens or its box is
        // cleared): the counts every broad result starts from, kept until the index changes
        WholeCatalog kept = wholeCatalog;
        if (kept == null || kept.reader() != searcher.getIndexReader() || kept.top() != top) {
          kept = new WholeCatalog(searcher.getIndexReader(), top, byComplement ? complements(searcher).whole(top)
              : top(new SortedSetDocValuesFacetCounts(state(searcher)), top));
          wholeCatalog = kept;
        }
        return kept.counts();
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Counting facets failed: " + e.getMessage(), e);
    }
  }

  /**
   * The facets of the documents {@code collector} holds: a big result (a common license's
   * 226,000 packages at PyPI's size) is counted one segment per core; a small one in this thread.
   */
  private Facets count(SortedSetDocValuesReaderState state, FacetsCollector collector) throws IOException {
    if (COUNTERS == null || hits(collector) < concurrentFrom || collector.getMatchingDocs().size() < 2) {
      return new SortedSetDocValuesFacetCounts(state, collector);
    }
    try {
      return new ConcurrentSortedSetDocValuesFacetCounts(state, collector, COUNTERS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Counting facets was interrupted", e);
    }
  }

  private static long hits(FacetsCollector collector) {
    long hits = 0;
    for (FacetsCollector.MatchingDocs segment : collector.getMatchingDocs()) {
      hits += segment.totalHits;
    }
    return hits;
  }

  private static FacetCounts top(Facets counts, int top) throws IOException {
    Map<SearchField, List<FacetValue>> fields = new EnumMap<>(SearchField.class);
    for (SearchField field : SearchDocuments.FACETS) {
      FacetResult result = counts.getTopChildren(top, field.key());
      List<FacetValue> values = new ArrayList<>();
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          values.add(new FacetValue(lv.label, lv.value.longValue()));
        }
      }
      fields.put(field, List.copyOf(values));
    }
    return new FacetCounts(Collections.unmodifiableMap(fields)); // shared while kept: read-only
  }

  /**
   * Whether a rewritten query is "every document": Lucene rewrites a lone filter clause to its
   * core wrapped in a constant score and a zero boost.
   */
  static boolean matchesEverything(Query rewritten) {
    Query core = rewritten;
    while (core instanceof ConstantScoreQuery || core instanceof BoostQuery) {
      core = core instanceof ConstantScoreQuery constant ? constant.getQuery() : ((BoostQuery) core).getQuery();
    }
    return core instanceof MatchAllDocsQuery;
  }

  private ComplementFacets complements(IndexSearcher searcher) throws IOException {
    ComplementFacets current = complements;
    if (current == null || current.reader() != searcher.getIndexReader()) {
      current = ComplementFacets.of(state(searcher));
      complements = current;
    }
    return current;
  }

  private SortedSetDocValuesReaderState state(IndexSearcher searcher) throws IOException {
    FacetState current = facetState;
    if (current == null || current.reader() != searcher.getIndexReader()) {
      current = new FacetState(searcher.getIndexReader(),
          new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), SearchDocuments.facetsConfig()));
      facetState = current;
    }
    return current.state();
  }
}
