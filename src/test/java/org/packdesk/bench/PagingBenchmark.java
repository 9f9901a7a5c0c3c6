package org.packdesk.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.packdesk.catalog.DownloadFilter;
import org.packdesk.catalog.DownloadPages;
import org.packdesk.catalog.DownloadRow;
import org.packdesk.catalog.DownloadSort;
import org.packdesk.catalog.LanguagePager;
import org.packdesk.catalog.LanguageSort;
import org.packdesk.catalog.LicensePager;
import org.packdesk.catalog.LicenseSort;
import org.packdesk.catalog.PackagePager;
import org.packdesk.catalog.PackageRow;
import org.packdesk.catalog.PackageSort;
import org.packdesk.catalog.ReleasePager;
import org.packdesk.catalog.ReleaseSort;
import org.packdesk.catalog.paging.Direction;
import org.packdesk.catalog.paging.PagedQuery;
import org.packdesk.catalog.paging.PagedSource;
import org.packdesk.catalog.paging.Pager;
import org.packdesk.catalog.paging.RowKey;
import org.packdesk.catalog.paging.SortOrder;
import org.packdesk.catalog.paging.SqlCriteria;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.db.CatalogLocation;
import org.packdesk.ui.browse.BrowseViewModel;
import org.packdesk.ui.browse.PagedBrowseViewModel;
import org.packdesk.ui.browse.PagedRows;

/**
 * Times the paged tables on a big catalog (see {@link BigCatalogMaker}): per sort order and
 * direction, the count, the first page, a first jump to the middle and to the end before any
 * anchor is read (the database skips rows), the anchors read ahead (as a table does in the
 * background), first jumps to pages never read after that, and finding a row's position; the
 * Licenses and Languages searches against the group-by they replaced ({@link UsageSearchTimes});
 * then the heap after scrolling through the whole packages table row by row as a TableView would. Not a test; run with
 * {@code -Dexec.mainClass=org.packdesk.bench.PagingBenchmark -Dexec.args="/tmp/big/catalog"}.
 */
public final class PagingBenchmark {

  private static final int PAGE = PagedBrowseViewModel.PAGE_SIZE;

  private PagingBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    try (CatalogDatabase catalog = CatalogDatabase.open(CatalogLocation.ofFile(Path.of(args[0])));
         FreshResults fresh = FreshResults.during(catalog.database())) {
      PackagePager packages = new PackagePager(catalog.database());
      ReleasePager releases = new ReleasePager(catalog.database());
      System.out.println("table    sort         dir   count  first cold-mid cold-end  anchors warm-mid warm-end  position"
          + "  (ms; cold: first jumps, no anchor read; anchors: read ahead once; warm: first jumps after, median of 5)");
      String only = args.length > 1 ? args[1] : "all"; // packages, releases, downloads, usage, scroll or all
      for (PackageSort sort : only.matches("all|packages") ? PackageSort.values() : new PackageSort[0]) {
        for (Direction direction : Direction.values()) {
          time("packages", packages, sort, direction);
        }
      }
      for (ReleaseSort sort : only.matches("all|releases") ? ReleaseSort.values() : new ReleaseSort[0]) {
        for (Direction direction : Direction.values()) {
          time("releases", releases, sort, direction);
        }
      }
      if (only.matches("all|downloads")) {
        DownloadPages downloads = new DownloadPages(catalog.database());
        for (DownloadSort sort : DownloadSort.values()) {
          for (Direction direction : Direction.values()) {
            time("downloads", downloads.pager(), sort, direction);
          }
        }
        filtered(downloads);
      }
      if (only.matches("all|usage")) {
        usage(catalog.database());
      }
      if (only.matches("all|scroll")) {
        scroll(packages);
      }
    }
  }

  private static <R, S extends SortOrder> void time(String table, Pager<R, S> pager, S sort, Direction direction) {
    PagedQuery<R, S> query = new PagedQuery<>(pager, SqlCriteria.NONE, sort, direction, PAGE);
    long start = System.nanoTime();
    long count = query.count();
    double counted = ms(start);
    double first = median(() -> query.page(0));
    int middle = (int) (count / PAGE / 2);
    int last = (int) ((count - 1) / PAGE);
    // a first jump before any anchor is read: the database skips the rows before it in the index
    start = System.nanoTime();
    query.page(middle);
    double coldMiddle = ms(start);
    start = System.nanoTime();
    query.page(last);
    double coldLast = ms(start);
    // the anchors read ahead, as the table does in the background once it shows an order
    PagedQuery<R, S> prepared = new PagedQuery<>(pager, SqlCriteria.NONE, sort, direction, PAGE);
    start = System.nanoTime();
    prepared.prepareJumps();
    double anchors = ms(start);
    // then a first jump to pages never read: anchor, a walk of at most ten pages' keys, the page
    int[] step = {0};
    double warm = median(() -> prepared.page(Math.max(1, middle - 3 * step[0]++)));
    start = System.nanoTime();
    prepared.page(last);
    double warmLast = ms(start);
    Object id = query.page(middle).isEmpty() ? null : idOf(pager, sort, direction, query, middle);
    double position = median(() -> pager.position(SqlCriteria.NONE, sort, direction, id));
    System.out.printf("%-8s %-12s %-4s %6.0f %6.1f %8.0f %8.0f %8.0f %8.1f %8.1f %9.0f   (%,d rows)%n", table, sort,
        direction.ascending() ? "asc" : "desc", counted, first, coldMiddle, coldLast, anchors, warm, warmLast, position,
        count);
  }

  /** The Licenses and Languages tables by their stored counts, and their searches before and after migration 1.7. */
  private static void usage(io.ebean.Database db) throws Exception {
    LicensePager licenses = new LicensePager(db);
    for (LicenseSort sort : LicenseSort.values()) {
      for (Direction direction : Direction.values()) {
        time("licenses", licenses, sort, direction);
      }
    }
    LanguagePager languages = new LanguagePager(db);
    for (LanguageSort sort : LanguageSort.values()) {
      for (Direction direction : Direction.values()) {
        time("languages", languages, sort, direction);
      }
    }
    UsageSearchTimes.compare(db, PAGE);
  }

  /** The Downloads section's filters: the count (rollup or capped) and the first page, as the table reads them. */
  private static void filtered(DownloadPages downloads) {
    DownloadRow newestRow = downloads.pager().page(SqlCriteria.NONE, DownloadSort.DATE, Direction.DESCENDING, null, 1)
        .rows().get(0);
    String pkg = newestRow.packageName();
    java.time.Instant newest = newestRow.created();
    java.time.Instant monthAgo = newest.minusSeconds(86_400L * 30 + 3_600);
    java.time.Instant twoDaysAgo = newest.minusSeconds(86_400L * 2 + 7_200);
    java.util.Map<String, DownloadFilter> filters = new java.util.LinkedHashMap<>();
    filters.put("none", DownloadFilter.ALL);
    filters.put("package " + pkg, DownloadFilter.ALL.withPackage(pkg));
    filters.put("28 days, partial days at both ends", DownloadFilter.ALL.between(monthAgo, twoDaysAgo));
    filters.put("package, 28 days", DownloadFilter.ALL.withPackage(pkg).between(monthAgo, twoDaysAgo));
    filters.put("installer pip (capped)", DownloadFilter.ALL.withClient("pip", null, null));
    filters.put("system FreeBSD (capped)", DownloadFilter.ALL.withClient(null, null, "FreeBSD"));
    filters.put("text \"curl\" (capped)", DownloadFilter.text("curl"));
    filters.put("text \"203.0.113\", rare (capped)", DownloadFilter.text("203.0.113"));
    filters.put("text \"curl\", package", DownloadFilter.text("curl").withPackage(pkg));
    System.out.println("downloads filter                             count   first   (ms)");
    filters.forEach((label, filter) -> {
      PagedSource<DownloadRow> source = downloads.search(filter, DownloadSort.DATE, Direction.DESCENDING, PAGE);
      long start = System.nanoTime();
      long count = source.count();
      double counted = ms(start);
      start = System.nanoTime();
      source.page(0);
      double first = ms(start);
      System.out.printf("  %-40s %8.0f %7.1f   (%,d%s)%n", label, counted, first, count,
          source.firstOfMore() ? ", first of more" : "");
    });
  }

  /** The id of the first row of page {@code page} (the pager's keys end with the id). */
  private static <R, S extends SortOrder> Object idOf(Pager<R, S> pager, S sort, Direction direction,
      PagedQuery<R, S> query, int page) {
    return pager.keyAt(SqlCriteria.NONE, sort, direction, null, (long) page * PAGE).id();
  }

  /** Reads every row of the packages table through PagedRows as scrolling would, then weighs the heap. */
  private static void scroll(PackagePager packages) throws Exception {
    BrowseViewModel.Background direct = new BrowseViewModel.Background() {
      @Override
      public <T> void run(Callable<T> work, Consumer<T> onResult, Consumer<Throwable> onError) {
        try {
          onResult.accept(work.call());
        } catch (Exception e) {
          onError.accept(e);
        }
      }
    };
    PagedRows<PackageRow> rows = new PagedRows<>(null, direct, PagedBrowseViewModel.CACHED_PAGES);
    PagedQuery<PackageRow, PackageSort> query = new PagedQuery<>(packages, SqlCriteria.NONE, PackageSort.UPDATED,
        Direction.DESCENDING, PAGE);
    rows.reset(query.count(), PAGE, query::page, query.page(0));
    long start = System.nanoTime();
    long read = 0;
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i) == null) {
        rows.get(i); // its page arrived (synchronously here) with the first ask
      }
      read++;
    }
    double seconds = ms(start) / 1000;
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long used = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    System.out.printf("scrolled %,d packages (by last updated, newest first) in %.1f s: %.2f ms per page;"
        + " %d pages cached; heap after GC %,d MB (max %,d MB)%n", read, seconds, seconds * 1000 / (read / PAGE),
        rows.cachedPageCount(), used, runtime.maxMemory() / (1024 * 1024));
  }

  private static double median(Runnable work) {
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      long start = System.nanoTime();
      work.run();
      times.add(ms(start));
    }
    Collections.sort(times);
    return times.get(2);
  }

  private static double ms(long start) {
    return (System.nanoTime() - start) / 1e6;
  }
}
