package org.packdesk.catalog;

import io.ebean.Database;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.packdesk.catalog.paging.Direction;
import org.packdesk.catalog.paging.PagedQuery;
import org.packdesk.catalog.paging.PagedSource;
import org.packdesk.catalog.paging.SqlCriteria;
import org.packdesk.model.Package;

/**
 * The downloads table as pages: a {@link DownloadFilter} becomes the pager's criteria, and the
 * count comes from where it is cheap. A package's count is its stored download total; narrowed
 * by dates (and perhaps a package), the count is the
 * sum of a rollup by day (a package's days, or the catalog's: they equal the raw rows), plus the raw rows of the partial
 * UTC days at the ends of the range (an index range each); with nothing narrowing, H2's
 * {@code count(*)} answers from the table's size. Text and client filters read the user agent and
 * address of raw rows, which no index serves (and whose parsed client the rollup does not always
 * match: a BigQuery import has no agent): their matches are counted up to {@link #MATCH_CAP}, the
 * newest first, and the table says it shows the first of them.
 */
public final class DownloadPages {

  /** How many text or client matches are counted and shown at most. */
  public static final int MATCH_CAP = 10_000;

  private final Database database;
  private final DownloadPager pager;

  public DownloadPages(Database database) {
    this.database = database;
    this.pager = new DownloadPager(database);
  }

  public DownloadPager pager() {
    return pager;
  }

  /**
   * The downloads {@code filter} lets through, in {@code sort}. Reads nothing yet (built on the FX
   * thread). One package's downloads by date are read in the package order, whose index has the
   * package first (the same rows in the same order).
   */
  public PagedSource<DownloadRow> search(DownloadFilter filter, DownloadSort sort, Direction direction, int pageSize) {
    SqlCriteria criteria = criteria(filter);
    DownloadSort order = sort == DownloadSort.DATE && filter.packageName() != null ? DownloadSort.PACKAGE : sort;
    PagedQuery<DownloadRow, DownloadSort> query = new PagedQuery<>(pager, criteria, order, direction, pageSize);
    boolean capped = scansRawRows(filter);
    return new PagedSource<>() {
      private volatile boolean moreThanShown;

      @Override
      public long count() {
        if (!capped) {
          return DownloadPages.this.count(filter);
        }
        long found = pager.countUpTo(criteria, MATCH_CAP + 1);
        moreThanShown = found > MATCH_CAP;
        return Math.min(found, MATCH_CAP);
      }

      @Override
      public List<DownloadRow> page(int index) {
        return query.page(index);
      }

      @Override
      public long position(Object id) {
        long at = query.position(id);
        return capped && at >= MATCH_CAP ? -1 : at;
      }

      @Override
      public void prepareJumps() {
        if (!capped) { // the capped matches are a hundred pages at most: no anchors needed, and no scan of every row
          query.prepareJumps();
        }
      }

      @Override
      public void abandon() {
        query.abandon();
      }

      @Override
      public boolean firstOfMore() {
        return moreThanShown;
      }
    };
  }

  /** The filter's "where" over {@code downloads d}. */
  public static SqlCriteria criteria(DownloadFilter filter) {
    SqlCriteria criteria = words(filter.text()).and(rollupCriteria(filter));
    return criteria.and(ClientPatterns.of(filter.installer(), filter.python(), filter.system()));
  }

  /** Every word in the user agent, the address or the package's name (the packages whose name has it, read once). */
  private static SqlCriteria words(String text) {
    List<String> conditions = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    for (String word : SearchWords.of(text)) {
      conditions.add("(lower(d.user_agent) like ? escape '\\' or lower(d.ip_address) like ? escape '\\'"
          + " or d.package_id in (select p.id from packages p where lower(p.name) like ? escape '\\'))");
      String pattern = SqlPatterns.contains(word);
      parameters.addAll(List.of(pattern, pattern, pattern));
    }
    return new SqlCriteria(String.join(" and ", conditions), parameters);
  }

  /** Whether the filter reads raw rows' text (the search words or the client), which no index narrows. */
  static boolean scansRawRows(DownloadFilter filter) {
    return !SearchWords.of(filter.text()).isEmpty() || filter.narrowsClient();
  }

  /** The package and time range: the parts an index (and the rollup) answer. */
  private static SqlCriteria rollupCriteria(DownloadFilter filter) {
    List<String> conditions = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    if (filter.packageName() != null) {
      conditions.add("d.package_id = ?");
      parameters.add(Package.normalize(filter.packageName().strip()));
    }
    if (filter.from() != null) {
      conditions.add("d.created_date >= ?");
      parameters.add(Timestamp.from(filter.from()));
    }
    if (filter.until() != null) {
      conditions.add("d.created_date < ?");
      parameters.add(Timestamp.from(filter.until()));
    }
    return new SqlCriteria(String.join(" and ", conditions), parameters);
  }

  /**
   * How many downloads the package and range let through: the rollup's whole UTC days inside the
   * range, and the raw rows of the partial days at its ends.
   */
  public long count(DownloadFilter filter) {
    if (filter.from() == null && filter.until() == null) {
      return filter.packageName() == null ? pager.count(SqlCriteria.NONE) : packageTotal(filter.packageName());
    }
    LocalDate firstWhole = filter.from() == null ? null : wholeDayFrom(filter.from());
    LocalDate endWhole = filter.until() == null ? null : LocalDate.ofInstant(filter.until(), ZoneOffset.UTC);
    if (firstWhole != null && endWhole != null && !firstWhole.isBefore(endWhole)) {
      return pager.count(criteria(filter)); // within one UTC day: an index range of raw rows
    }
    long count = rollupSum(filter, firstWhole, endWhole);
    if (firstWhole != null && filter.from().isBefore(startOf(firstWhole))) {
      count += pager.count(criteria(filter.between(filter.from(), startOf(firstWhole))));
    }
    if (endWhole != null && startOf(endWhole).isBefore(filter.until())) {
      count += pager.count(criteria(filter.between(startOf(endWhole), filter.until())));
    }
    return count;
  }

  /** A package's downloads, as {@code CatalogTotals} keeps them on the package (0 for no such package). */
  private long packageTotal(String name) {
    Long total = database.sqlQuery("select download_total from packages where id = ?")
        .setParameter(1, Package.normalize(name.strip())).mapToScalar(Long.class).findOne();
    return total == null ? 0 : total;
  }

  private long rollupSum(DownloadFilter filter, LocalDate from, LocalDate until) {
    // the smallest rollup that has the days: a package's days, or the catalog's days by client
    StringBuilder sql = new StringBuilder("select coalesce(sum(downloads), 0) from "
        + (filter.packageName() != null ? "download_package_days" : "download_clients") + " where 1 = 1");
    List<Object> parameters = new ArrayList<>();
    if (filter.packageName() != null) {
      sql.append(" and package_id = ?");
      parameters.add(Package.normalize(filter.packageName().strip()));
    }
    if (from != null) {
      sql.append(" and utc_day >= ?");
      parameters.add(from);
    }
    if (until != null) {
      sql.append(" and utc_day < ?");
      parameters.add(until);
    }
    var query = database.sqlQuery(sql.toString());
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    Long sum = query.mapToScalar(Long.class).findOne();
    return sum == null ? 0 : sum;
  }

  /** The first UTC day that starts at or after {@code moment}. */
  private static LocalDate wholeDayFrom(Instant moment) {
    LocalDate day = LocalDate.ofInstant(moment, ZoneOffset.UTC);
    return startOf(day).equals(moment) ? day : day.plusDays(1);
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
