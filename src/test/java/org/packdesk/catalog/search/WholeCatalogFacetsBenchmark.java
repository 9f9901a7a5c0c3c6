package org.packdesk.catalog.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.packdesk.bench.Timings;
import org.packdesk.catalog.search.PackageFacts.Person;

/**
 * The facets of the whole catalog (an empty search box) at PyPI's size, measured (not a test):
 * what {@link IndexReading#facets} takes for an empty query the first time after the index changed
 * (its ordinals read, then Lucene's count-all) and while it is kept, against the collector path
 * every other query takes, made to match everything too ({@code -zzqx}), in the same run.
 * The index is in memory, so the figure is Lucene's counting, not the disk. Run it with the app's
 * heap: {@code java -Xmx512m -cp ... org.packdesk.catalog.search.WholeCatalogFacetsBenchmark 700000}.
 */
public final class WholeCatalogFacetsBenchmark {

  private static final String[] LICENSES = {"MIT", "BSD-3-Clause", "Apache-2.0", "GPL-3.0-only", "LGPL-2.1-or-later",
      "MPL-2.0", "ISC", "PSF-2.0", "GPL-2.0-only", "Unlicense", "AGPL-3.0-only", "BSD-2-Clause"};
  private static final String[] LIFECYCLES = {"active", "active", "active", "active", "deprecated", "archived"};

  private WholeCatalogFacetsBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int packages = args.length > 0 ? Integer.parseInt(args[0]) : 700_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    FacetsConfig config = SearchDocuments.facetsConfig();
    SplittableRandom random = new SplittableRandom(1);
    try (var directory = new ByteBuffersDirectory();
        var writer = new IndexWriter(directory, new IndexWriterConfig())) {
      long start = System.nanoTime();
      for (int i = 0; i < packages; i++) {
        writer.addDocument(SearchDocuments.of(facts(i, random, packages), config));
      }
      writer.commit();
      System.out.printf("Indexed %,d packages in %.1f s%n", packages, (System.nanoTime() - start) / 1e9);
      try (var searchers = new SearcherManager(writer, null)) {
        IndexReading reading = new IndexReading(searchers);
        Query everything = LuceneQueries.of(QueryParser.parse(""));
        Query everythingCollected = LuceneQueries.of(QueryParser.parse("-zzqx"));
        for (int round = 0; round < 2; round++) { // the second round is the one to read
          System.out.printf("Round %d, top-10 facets of all %,d packages, %d runs:%n", round + 1, packages, runs);
          System.out.printf("  empty query, first after a change (ordinals + count-all)  %s%n",
              Timings.of(3, runs, () -> new IndexReading(searchers).facets(everything, 10)));
          System.out.printf("  empty query, kept until the index changes              %s%n",
              Timings.of(3, runs, () -> reading.facets(everything, 10)));
          System.out.printf("  -zzqx (every package), through the collector           %s%n",
              Timings.of(3, runs, () -> reading.facets(everythingCollected, 10)));
        }
      }
    }
    Runtime rt = Runtime.getRuntime();
    System.out.printf("Heap in use at the end: %,d MB of at most %,d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20,
        rt.maxMemory() >> 20);
  }

  /** A package with PyPI-like skew: a few licenses most used, 2-8 of 40 classifiers, 1-3 of 200,000 maintainers. */
  private static PackageFacts facts(int i, SplittableRandom random, int packages) {
    String license = random.nextInt(10) == 0 ? null : LICENSES[(int) Math.min(LICENSES.length - 1,
        Math.floor(-Math.log(1 - random.nextDouble()) * 2.5))];
    List<String> languages = new ArrayList<>();
    for (int k = 2 + random.nextInt(7); k > 0; k--) {
      String language = "Python :: 3." + random.nextInt(40);
      if (!languages.contains(language)) {
        languages.add(language);
      }
    }
    List<Person> maintainers = new ArrayList<>();
    for (int k = 1 + random.nextInt(3); k > 0; k--) {
      int user = random.nextInt(Math.max(1, packages * 2 / 7));
      maintainers.add(new Person("User " + user, "user" + user + "@example.org"));
    }
    return new PackageFacts("pkg" + i, "pkg" + i, "a package", license, LIFECYCLES[random.nextInt(LIFECYCLES.length)],
        null, languages, maintainers, List.of("1.0"), LocalDate.of(2018, 1, 1).minusDays(random.nextInt(3000)),
        false, random.nextInt(1000));
  }
}
