package org.packdesk.catalog.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.packdesk.catalog.search.FacetCounts.FacetValue;

/**
 * The facet counts of a result that holds most of the catalog, worked out as the whole catalog's
 * count of each value (kept until the index changes) less the count among the packages the result
 * leaves out. Counting is one pass over each document's values, so counting the few left out beats
 * counting the many kept: {@code lifecycle:active} keeps most of PyPI's 700,000 packages. The top
 * values come out as Lucene's own counting gives them: most frequent first, ties in value order.
 */
final class ComplementFacets {

  private final SortedSetDocValuesReaderState state;
  /** The whole catalog's count of each facet ordinal. */
  private final int[] whole;

  private ComplementFacets(SortedSetDocValuesReaderState state, int[] whole) {
    this.state = state;
    this.whole = whole;
  }

  /** Counts every live document of {@code state}'s reader once. */
  static ComplementFacets of(SortedSetDocValuesReaderState state) throws IOException {
    int[] whole = new int[state.getSize()];
    SortedSetDocValues values = state.getDocValues();
    for (LeafReaderContext leaf : state.getReader().leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          count(values, leaf.docBase + doc, whole);
        }
      }
    }
    return new ComplementFacets(state, whole);
  }

  /**
   * Whether facets made with {@code config} can be counted this way: every facet field flat and
   * without a stored count of its own, so that its ordinals are its values and nothing else.
   */
  static boolean fits(FacetsConfig config) {
    return SearchDocuments.FACETS.stream().map(field -> config.getDimConfig(field.key()))
        .noneMatch(dim -> dim.hierarchical || dim.requireDimCount);
  }

  /**
   * Whether a result of {@code hits} of an index's {@code documents} is counted faster by what it
   * leaves out (asked before the whole index's counts are made: a new reader after every change).
   */
  static boolean suits(long hits, int documents) {
    return hits > documents / 2;
  }

  /** The reader whose documents these are. */
  IndexReader reader() {
    return state.getReader();
  }

  /** The {@code top} values of each facet field in the whole index: nothing left out. */
  FacetCounts whole(int top) throws IOException {
    return top(new int[whole.length], top, state.getDocValues());
  }

  /** The {@code top} values of each facet field among the documents {@code matches} holds. */
  FacetCounts top(FacetsCollector matches, int top) throws IOException {
    int[] left = new int[whole.length];
    SortedSetDocValues values = state.getDocValues();
    // by segment: one the query never reached (no matches) leaves all of its documents out
    Map<Integer, FacetsCollector.MatchingDocs> bySegment = new HashMap<>();
    matches.getMatchingDocs().forEach(segment -> bySegment.put(segment.context.ord, segment));
    for (LeafReaderContext leaf : state.getReader().leaves()) {
      FixedBitSet kept = new FixedBitSet(leaf.reader().maxDoc());
      FacetsCollector.MatchingDocs segment = bySegment.get(leaf.ord);
      DocIdSetIterator hits = segment == null ? null : segment.bits.iterator();
      if (hits != null) {
        kept.or(hits);
      }
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (!kept.get(doc) && (live == null || live.get(doc))) {
          count(values, leaf.docBase + doc, left);
        }
      }
    }
    return top(left, top, values);
  }

  private FacetCounts top(int[] left, int top, SortedSetDocValues values) throws IOException {
    Map<SearchField, List<FacetValue>> fields = new EnumMap<>(SearchField.class);
    for (SearchField field : SearchDocuments.FACETS) {
      fields.put(field, top(field, left, top, values));
    }
    return new FacetCounts(Collections.unmodifiableMap(fields));
  }

  private List<FacetValue> top(SearchField field, int[] left, int top, SortedSetDocValues values) throws IOException {
    OrdRange range = state.getOrdRange(field.key());
    if (range == null || top <= 0) {
      return List.of();
    }
    // the least of the best so far on top: fewer first, then the later value
    PriorityQueue<int[]> best = new PriorityQueue<>(top, (a, b) -> a[1] != b[1] ? Integer.compare(a[1], b[1])
        : Integer.compare(b[0], a[0]));
    for (int ord = range.start; ord <= range.end; ord++) {
      int count = whole[ord] - left[ord];
      if (count > 0 && (best.size() < top || count > best.peek()[1])) {
        best.add(new int[] {ord, count});
        if (best.size() > top) {
          best.poll();
        }
      }
    }
    List<FacetValue> result = new ArrayList<>(best.size());
    while (!best.isEmpty()) {
      int[] entry = best.poll();
      String[] path = FacetsConfig.stringToPath(values.lookupOrd(entry[0]).utf8ToString());
      result.add(new FacetValue(path[path.length - 1], entry[1]));
    }
    Collections.reverse(result);
    return List.copyOf(result);
  }

  private static void count(SortedSetDocValues values, int doc, int[] counts) throws IOException {
    if (values.advanceExact(doc)) {
      for (int i = 0; i < values.docValueCount(); i++) {
        counts[(int) values.nextOrd()]++;
      }
    }
  }
}
