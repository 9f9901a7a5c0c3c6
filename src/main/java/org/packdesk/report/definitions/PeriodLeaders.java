package org.packdesk.report.definitions;

import io.ebean.Database;
import io.ebean.SqlQuery;
import io.ebean.SqlRow;
import io.ebean.Transaction;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * The most downloaded packages (or releases) of a period, found without summing every rollup row
 * of the period: at PyPI's size a year holds millions of package-month rows, and summing them all
 * took 43 s to list 20 packages (now 0.2-0.7 s).
 *
 * <p>No package has more downloads in a period than its stored all-time total. So the candidates
 * are read in the order of their totals, through the totals' index, a chunk at a time; each
 * chunk's period sums are read through the rollups' per-package index; and once the worst of the
 * best {@code top} period sums is above the total of the next candidate, no later candidate can
 * enter: the leaders are exact, ties broken by id as the report orders them. Downloads follow a
 * steep power law, so a year's leaders are usually settled within the first few chunks. A period
 * the totals bound poorly (a month long ago) could need most of the catalog; after
 * {@link #MAX_CANDIDATES} candidates the search gives up and the caller sums the period whole (a
 * day or two: the totals bound a day's downloads loosely, but its rows are few). Short periods
 * are no exception: PyPI's last 30 days are 2.4 million package-day rows, 15 s to sum whole, while
 * their leaders are among the first few hundred by total. The ragged days are read
 * from the rollups of a package's or a release's whole day, one row each: a popular release's
 * days by client took 100 s for 256 candidates at PyPI's size.
 */
final class PeriodLeaders {

  /** Whose downloads: the table with the stored totals, and the rollups' column and tables. */
  enum Side {
    PACKAGES("packages", "package_id", "download_package_months", "download_package_days"),
    RELEASES("releases", "release_id", "download_months", "download_release_days");

    final String table;
    final String column;
    final String monthTable;
    final String dayTable;

    Side(String table, String column, String monthTable, String dayTable) {
      this.table = table;
      this.column = column;
      this.monthTable = monthTable;
      this.dayTable = dayTable;
    }
  }

  static final int MAX_CANDIDATES = 4_096;
  private static final int LARGEST_CHUNK = 4_096;

  /** One of the leaders: its id (a package's name key, or a release's number) and its downloads in the period. */
  record Leader(Comparable<Object> id, long downloads) {
  }

  /** The report's order: the most downloads first, then the smaller id. */
  static final Comparator<Leader> BEST_FIRST = Comparator.comparingLong(Leader::downloads).reversed()
      .thenComparing(Leader::id);

  private final Database db;
  private final int maxCandidates;

  PeriodLeaders(Database db) {
    this(db, MAX_CANDIDATES);
  }

  /** With a lower limit of candidates, so a test can reach it. */
  PeriodLeaders(Database db, int maxCandidates) {
    this.db = db;
    this.maxCandidates = maxCandidates;
  }

  /**
   * The {@code top} most downloaded in {@code period} with their downloads there, best first, or
   * empty when more than the limit of candidates would have to be read (sum the period whole
   * instead).
   */
  Optional<List<Leader>> find(Side side, DownloadPeriod period, int top) {
    PriorityQueue<Leader> best = new PriorityQueue<>(BEST_FIRST.reversed()); // the worst kept on top
    int chunk = Math.max(256, top + top / 4);
    int read = 0;
    Long lastTotal = null;
    Object lastId = null;
    while (read < maxCandidates) {
      List<SqlRow> candidates = candidates(side, lastTotal, lastId, Math.min(chunk, maxCandidates - read));
      if (candidates.isEmpty()) {
        return Optional.of(bestFirst(best));
      }
      read += candidates.size();
      SqlRow last = candidates.get(candidates.size() - 1);
      lastTotal = last.getLong("download_total");
      lastId = last.get("id");
      for (Leader leader : periodSums(side, period, candidates)) {
        best.add(leader);
        if (best.size() > top) {
          best.poll();
        }
      }
      if (best.size() == top && best.peek().downloads() > lastTotal) {
        return Optional.of(bestFirst(best)); // every candidate left has at most lastTotal downloads in all
      }
      chunk = Math.min(LARGEST_CHUNK, chunk * 2);
    }
    return Optional.empty();
  }

  /** The next candidates by stored total, most first (a keyset page of the totals' index). */
  private List<SqlRow> candidates(Side side, Long afterTotal, Object afterId, int limit) {
    String after = afterTotal == null ? ""
        : " and (download_total < :total or (download_total = :total and id < :id))";
    SqlQuery query = db.sqlQuery("select id, download_total from " + side.table + " where download_total > 0" + after
        + " order by download_total desc, id desc limit :limit").setParameter("limit", limit);
    if (afterTotal != null) {
      query.setParameter("total", afterTotal).setParameter("id", afterId);
    }
    return query.findList();
  }

  /**
   * The candidates' downloads in the period, for those with any: each part of the period summed
   * for each candidate apart (see {@link DownloadPeriod#partSums}), on one connection.
   */
  @SuppressWarnings("unchecked")
  private List<Leader> periodSums(Side side, DownloadPeriod period, List<SqlRow> candidates) {
    List<DownloadPeriod.PartSum> parts = period.partSums(side);
    long[] sums = new long[candidates.size()];
    try (Transaction txn = db.createTransaction()) {
      Connection connection = txn.connection();
      for (DownloadPeriod.PartSum part : parts) {
        try (PreparedStatement query = connection.prepareStatement(part.sql())) {
          for (int b = 0; b < part.bounds().size(); b++) {
            query.setObject(b + 2, part.bounds().get(b));
          }
          for (int i = 0; i < sums.length; i++) {
            query.setObject(1, candidates.get(i).get("id"));
            try (ResultSet rs = query.executeQuery()) {
              sums[i] += rs.next() ? rs.getLong(1) : 0;
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new PersistenceException("Could not sum the period's downloads: " + e.getMessage(), e);
    }
    List<Leader> leaders = new ArrayList<>(candidates.size());
    for (int i = 0; i < sums.length; i++) {
      if (sums[i] > 0) {
        leaders.add(new Leader((Comparable<Object>) candidates.get(i).get("id"), sums[i]));
      }
    }
    return leaders;
  }

  private static List<Leader> bestFirst(PriorityQueue<Leader> best) {
    List<Leader> leaders = new ArrayList<>(best);
    leaders.sort(BEST_FIRST);
    return leaders;
  }
}
