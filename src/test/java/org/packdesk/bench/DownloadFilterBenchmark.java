package org.packdesk.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.function.Supplier;
import org.packdesk.catalog.DownloadFilter;
import org.packdesk.catalog.DownloadPages;
import org.packdesk.catalog.DownloadQueries;
import org.packdesk.catalog.DownloadRow;
import org.packdesk.catalog.DownloadSort;
import org.packdesk.catalog.paging.Direction;
import org.packdesk.catalog.paging.PagedSource;
import org.packdesk.ui.browse.PagedBrowseViewModel;
import org.packdesk.catalog.DownloadTrend.Granularity;
import org.packdesk.catalog.DownloadTrends;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.db.CatalogLocation;

/**
 * How long the Downloads section's searches and the trend charts take on a catalog with imported
 * downloads (not a test): each query read warm several times; prints the median and the slowest.
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.packdesk.bench.DownloadFilterBenchmark \
 *   -Dexec.args="/path/to/catalog"
 * </pre>
 */
public final class DownloadFilterBenchmark {

  private static final int RUNS = 7;

  private DownloadFilterBenchmark() {
  }

  public static void main(String[] args) {
    try (CatalogDatabase catalog = CatalogDatabase.open(CatalogLocation.ofFile(Path.of(args[0])));
         FreshResults fresh = FreshResults.during(catalog.database())) {
      DownloadQueries downloads = new DownloadQueries(catalog.database());
      DownloadPages pages = new DownloadPages(catalog.database());
      DownloadTrends trends = new DownloadTrends(catalog.database());
      Instant weekAgo = Instant.now().minus(7, ChronoUnit.DAYS);
      time("all", () -> shown(pages, DownloadFilter.ALL));
      time("text \"numpy\"", () -> shown(pages, DownloadFilter.text("numpy")));
      time("package numpy", () -> shown(pages, DownloadFilter.ALL.withPackage("numpy")));
      time("installer pip", () -> shown(pages, DownloadFilter.ALL.withClient("pip", null, null)));
      time("Python 3.8 on Linux", () -> shown(pages, DownloadFilter.ALL.withClient(null, "3.8", "Linux")));
      time("curl, last 7 days", () -> shown(pages, DownloadFilter.ALL.withClient("curl", null, null)
          .between(weekAgo, Instant.now())));
      time("choices", () -> downloads.choices().installers().size());
      time("trend, catalog by day", () -> trends.recent(null, Granularity.DAY).points().size());
      time("trend, catalog by month", () -> trends.recent(null, Granularity.MONTH).points().size());
      time("trend, numpy by week", () -> trends.recent("numpy", Granularity.WEEK).points().size());
    }
    System.exit(0);
  }

  /** What the Downloads table reads for a filter: the count, then the first page. */
  private static int shown(DownloadPages pages, DownloadFilter filter) {
    PagedSource<DownloadRow> source = pages.search(filter, DownloadSort.DATE, Direction.DESCENDING,
        PagedBrowseViewModel.PAGE_SIZE);
    source.count();
    return source.page(0).size();
  }

  private static void time(String label, Supplier<Integer> query) {
    long[] millis = new long[RUNS];
    int rows = 0;
    query.get(); // warm up
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      rows = query.get();
      millis[i] = (System.nanoTime() - start) / 1_000_000;
    }
    Arrays.sort(millis);
    System.out.printf("%-26s %6d rows  median %5d ms  slowest %5d ms%n", label, rows, millis[RUNS / 2], millis[RUNS - 1]);
  }
}
