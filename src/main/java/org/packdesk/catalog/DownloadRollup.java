package org.packdesk.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.packdesk.catalog.ChunkedBatch.Checkpoint;
import org.packdesk.catalog.search.SearchBacklog;

/**
 * The counts of a batch of downloads, added to every rollup on the caller's transaction, so that
 * they commit (or roll back) with the raw rows they count (but for a staged load, whose
 * {@link ChunkedBatch.Checkpoint} commits on the way, into a file thrown away should it fail):
 * <ul>
 *   <li>{@code download_days}: release, UTC day and kind of client (the finest grain);</li>
 *   <li>{@code download_release_days}: release and day, all clients together, for the by-release
 *       reports' ragged days and a release's recent downloads;</li>
 *   <li>{@code download_months}: release and month, for reports over whole months;</li>
 *   <li>{@code download_package_days} and {@code download_package_months}: a package's day and month,
 *       for the by-package reports and a package's trend;</li>
 *   <li>{@code download_clients}: the catalog's day by kind of client, for catalog-wide reports and trends;</li>
 *   <li>{@code releases.download_total} and {@code packages.download_total}, for all-time figures.</li>
 * </ul>
 * A year of a busy catalog is millions of day rows; reports that read the coarse tables stay fast
 * (measured by {@code DownloadReportBenchmark}). Each table is added to with a portable
 * update-then-insert that H2 and PostgreSQL run as is. Plain JDBC: the import's hot path.
 */
public final class DownloadRollup {

  /** One cell of the day rollup. */
  public record DayKey(LocalDate day, long releaseId, String packageId, String installer, String python,
      String system) {
  }

  private record MonthKey(LocalDate month, long releaseId, String packageId) {
  }

  private record ReleaseKey(LocalDate day, long releaseId) {
  }

  private record ClientKey(LocalDate day, String installer, String python, String system) {
  }

  private record PackageKey(LocalDate start, String packageId) {
  }

  /**
   * The row is found by a subquery on the whole key: given the five columns in the update's own
   * WHERE, H2 (once its statistics say releases are selective) walks the release_id index and
   * scans every rollup row of a popular release, hundreds of times slower at millions of rows.
   */
  static final String ADD_TO_DAY = "update download_days set downloads = downloads + ?, version = version + 1"
      + " where id = (select d.id from download_days d where d.utc_day = ? and d.release_id = ? and d.installer = ?"
      + " and d.python = ? and d.system = ?)";
  private static final String INSERT_DAY = "insert into download_days (utc_day, release_id, installer, python,"
      + " system, package_id, downloads, version) values (?,?,?,?,?,?,?,1)";
  static final String ADD_TO_RELEASE_DAY = "update download_release_days set downloads = downloads + ?,"
      + " version = version + 1 where id = (select r.id from download_release_days r where r.utc_day = ?"
      + " and r.release_id = ?)";
  private static final String INSERT_RELEASE_DAY = "insert into download_release_days (utc_day, release_id, downloads,"
      + " version) values (?,?,?,1)";
  static final String ADD_TO_MONTH = "update download_months set downloads = downloads + ?, version = version + 1"
      + " where id = (select m.id from download_months m where m.month_start = ? and m.release_id = ?)";
  private static final String INSERT_MONTH = "insert into download_months (month_start, release_id, package_id,"
      + " downloads, version) values (?,?,?,?,1)";
  static final String ADD_TO_CLIENT = "update download_clients set downloads = downloads + ?, version = version + 1"
      + " where id = (select c.id from download_clients c where c.utc_day = ? and c.installer = ? and c.python = ?"
      + " and c.system = ?)";
  private static final String INSERT_CLIENT = "insert into download_clients (utc_day, installer, python, system,"
      + " downloads, version) values (?,?,?,?,?,1)";
  static final String ADD_TO_PACKAGE_DAY = "update download_package_days set downloads = downloads + ?,"
      + " version = version + 1 where id = (select p.id from download_package_days p where p.utc_day = ?"
      + " and p.package_id = ?)";
  private static final String INSERT_PACKAGE_DAY = "insert into download_package_days (utc_day, package_id, downloads,"
      + " version) values (?,?,?,1)";
  static final String ADD_TO_PACKAGE_MONTH = "update download_package_months set downloads = downloads + ?,"
      + " version = version + 1 where id = (select p.id from download_package_months p where p.month_start = ?"
      + " and p.package_id = ?)";
  private static final String INSERT_PACKAGE_MONTH = "insert into download_package_months (month_start, package_id,"
      + " downloads, version) values (?,?,?,1)";
  private static final String ADD_TO_RELEASE = "update releases set download_total = download_total + ? where id = ?";
  /** Subtracts a package's days from the catalog-wide client rollup, before the package goes. */
  private static final String FORGET_CLIENTS = "update download_clients set downloads = downloads"
      + " - (select sum(d.downloads) from download_days d where d.package_id = ? and d.utc_day = download_clients.utc_day"
      + " and d.installer = download_clients.installer and d.python = download_clients.python"
      + " and d.system = download_clients.system), version = version + 1"
      + " where exists (select 1 from download_days d where d.package_id = ? and d.utc_day = download_clients.utc_day"
      + " and d.installer = download_clients.installer and d.python = download_clients.python"
      + " and d.system = download_clients.system)";

  /** Binds a key to a statement's parameters from {@code first} on; returns the next free one. */
  @FunctionalInterface
  private interface Binder<K> {
    int bind(PreparedStatement statement, int first, K key) throws SQLException;
  }

  // insertion order, so that rollup rows get their ids in the same order on every run
  private final Map<DayKey, Long> days = new LinkedHashMap<>();
  private final boolean totals;

  /** A rollup that also adds to the stored release and package totals (every import). */
  public DownloadRollup() {
    this(true);
  }

  /**
   * @param totals false when the caller sets {@code download_total} itself once all its batches
   *     are in (the generator: a batch adds to most releases of the catalog, and adding per batch
   *     would rewrite the whole releases table every time)
   */
  public DownloadRollup(boolean totals) {
    this.totals = totals;
  }

  /** Counts {@code downloads} more in a cell. */
  public void add(DayKey key, long downloads) {
    days.merge(key, downloads, Long::sum);
  }

  public boolean isEmpty() {
    return days.isEmpty();
  }

  /** How many day cells the batch touches. */
  public int cells() {
    return days.size();
  }

  public void clear() {
    days.clear();
  }

  /** Adds the counts to every rollup and total, on the caller's transaction. */
  public void write(Connection connection) throws SQLException {
    write(connection, Checkpoint.NONE);
  }

  /**
   * As {@link #write(Connection)}, running {@code checkpoint} after each {@link ChunkedBatch#ROWS}
   * rollup rows (a bulk load into a staged file commits there).
   */
  public void write(Connection connection, Checkpoint checkpoint) throws SQLException {
    if (days.isEmpty()) {
      return;
    }
    Map<ReleaseKey, Long> releaseDays = new LinkedHashMap<>();
    Map<MonthKey, Long> months = new LinkedHashMap<>();
    Map<PackageKey, Long> packageDays = new LinkedHashMap<>();
    Map<PackageKey, Long> packageMonths = new LinkedHashMap<>();
    Map<ClientKey, Long> clients = new LinkedHashMap<>();
    Map<Long, Long> releases = new LinkedHashMap<>();
    Map<String, Long> packages = new LinkedHashMap<>();
    days.forEach((key, n) -> {
      releaseDays.merge(new ReleaseKey(key.day(), key.releaseId()), n, Long::sum);
      months.merge(new MonthKey(key.day().withDayOfMonth(1), key.releaseId(), key.packageId()), n, Long::sum);
      packageDays.merge(new PackageKey(key.day(), key.packageId()), n, Long::sum);
      packageMonths.merge(new PackageKey(key.day().withDayOfMonth(1), key.packageId()), n, Long::sum);
      clients.merge(new ClientKey(key.day(), key.installer(), key.python(), key.system()), n, Long::sum);
      releases.merge(key.releaseId(), n, Long::sum);
      packages.merge(key.packageId(), n, Long::sum);
    });
    if (totals) {
      // downloads totals are searchable: the index refreshes these packages (whoever sets the
      // totals otherwise marks them then: one row a package, not one a package and batch)
      SearchBacklog.mark(connection, packages.keySet());
    }
    LocalDate lastDay = lastStoredDay(connection);
    LocalDate lastMonth = lastDay == null ? null : lastDay.withDayOfMonth(1);
    addCounts(connection, checkpoint, days, k -> isAfter(k.day(), lastDay), ADD_TO_DAY, INSERT_DAY,
        DownloadRollup::bindDay, (s, i, k) -> {
          s.setString(i, k.packageId());
          return i + 1;
        });
    addCounts(connection, checkpoint, releaseDays, k -> isAfter(k.day(), lastDay), ADD_TO_RELEASE_DAY,
        INSERT_RELEASE_DAY, (s, i, k) -> {
          s.setObject(i, k.day());
          s.setLong(i + 1, k.releaseId());
          return i + 2;
        }, (st, i, k) -> i);
    addCounts(connection, checkpoint, months, k -> isAfter(k.month(), lastMonth), ADD_TO_MONTH, INSERT_MONTH,
        (s, i, k) -> {
          s.setObject(i, k.month());
          s.setLong(i + 1, k.releaseId());
          return i + 2;
        }, (s, i, k) -> {
          s.setString(i, k.packageId());
          return i + 1;
        });
    addCounts(connection, checkpoint, packageDays, k -> isAfter(k.start(), lastDay), ADD_TO_PACKAGE_DAY,
        INSERT_PACKAGE_DAY, DownloadRollup::bindPackage, (st, i, k) -> i);
    addCounts(connection, checkpoint, packageMonths, k -> isAfter(k.start(), lastMonth), ADD_TO_PACKAGE_MONTH,
        INSERT_PACKAGE_MONTH, DownloadRollup::bindPackage, (st, i, k) -> i);
    addCounts(connection, checkpoint, clients, k -> isAfter(k.day(), lastDay), ADD_TO_CLIENT, INSERT_CLIENT,
        (s, i, k) -> {
          s.setObject(i, k.day());
          s.setString(i + 1, k.installer());
          s.setString(i + 2, k.python());
          s.setString(i + 3, k.system());
          return i + 4;
        }, (s, i, k) -> i);
    if (!totals) {
      return;
    }
    try (PreparedStatement update = connection.prepareStatement(ADD_TO_RELEASE)) {
      for (Map.Entry<Long, Long> release : releases.entrySet()) {
        update.setLong(1, release.getValue());
        update.setLong(2, release.getKey());
        update.addBatch();
      }
      update.executeBatch();
    }
    CatalogTotals.addDownloads(connection, packages);
  }

  /**
   * Takes a package's downloads out of the rollup that has no package column, on the caller's
   * transaction, before the package is deleted (the database cascades the other rollups).
   */
  public static void forgetPackage(Connection connection, String packageId) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(FORGET_CLIENTS);
         PreparedStatement empty = connection.prepareStatement("delete from download_clients where downloads <= 0")) {
      update.setString(1, packageId);
      update.setString(2, packageId);
      if (update.executeUpdate() > 0) {
        empty.executeUpdate();
      }
    }
  }

  /**
   * Recomputes the release days, the months, the catalog's client days and the stored totals from the day rollup,
   * for a catalog whose day rollup was filled by other means than {@link #write} (a benchmark's
   * catalog); migration 1.5 does the same for catalogs made before it. Set-based: one statement a
   * table, on the caller's transaction.
   */
  public static void rebuildFromDays(Connection connection) throws SQLException {
    try (var statement = connection.createStatement()) {
      statement.executeUpdate("delete from download_release_days");
      statement.executeUpdate("delete from download_months");
      statement.executeUpdate("delete from download_clients");
      statement.executeUpdate("delete from download_package_days");
      statement.executeUpdate("delete from download_package_months");
      statement.executeUpdate("insert into download_release_days (utc_day, release_id, downloads, version)"
          + " select utc_day, release_id, sum(downloads), 1 from download_days group by utc_day, release_id order by 1, 2");
      statement.executeUpdate("insert into download_months (month_start, package_id, release_id, downloads, version)"
          + " select cast(date_trunc('month', utc_day) as date), package_id, release_id, sum(downloads), 1"
          + " from download_days group by cast(date_trunc('month', utc_day) as date), package_id, release_id"
          // in month order, as imports add them: a period's months are then neighbours in the file
          + " order by 1, 3");
      statement.executeUpdate("insert into download_package_months (month_start, package_id, downloads, version)"
          + " select cast(date_trunc('month', utc_day) as date), package_id, sum(downloads), 1 from download_days"
          + " group by cast(date_trunc('month', utc_day) as date), package_id order by 1, 2");
      statement.executeUpdate("insert into download_package_days (utc_day, package_id, downloads, version)"
          + " select utc_day, package_id, sum(downloads), 1 from download_days group by utc_day, package_id order by 1, 2");
      statement.executeUpdate("insert into download_clients (utc_day, installer, python, system, downloads, version)"
          + " select utc_day, installer, python, system, sum(downloads), 1 from download_days"
          + " group by utc_day, installer, python, system order by utc_day, installer, python, system");
      statement.executeUpdate("update releases set download_total = coalesce((select sum(m.downloads)"
          + " from download_months m where m.release_id = releases.id), 0)");
      statement.executeUpdate("update packages set download_total = coalesce((select sum(r.download_total)"
          + " from releases r where r.package_id = packages.id), 0)");
    }
  }

  private static int bindPackage(PreparedStatement statement, int first, PackageKey key) throws SQLException {
    statement.setObject(first, key.start());
    statement.setString(first + 1, key.packageId());
    return first + 2;
  }

  private static int bindDay(PreparedStatement statement, int first, DayKey key) throws SQLException {
    statement.setObject(first, key.day());
    statement.setLong(first + 1, key.releaseId());
    statement.setString(first + 2, key.installer());
    statement.setString(first + 3, key.python());
    statement.setString(first + 4, key.system());
    return first + 5;
  }

  /**
   * The latest day any rollup holds, or null when none holds any: every rollup row is made from
   * the day rows, so a later day or month has no row anywhere yet. Read through the day rollup's
   * unique index, which starts with the day.
   */
  private static LocalDate lastStoredDay(Connection connection) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("select max(utc_day) from download_days");
         ResultSet rs = query.executeQuery()) {
      return rs.next() ? rs.getObject(1, LocalDate.class) : null;
    }
  }

  private static boolean isAfter(LocalDate day, LocalDate last) {
    return last == null || day.isAfter(last);
  }

  /**
   * Adds each count to its row: an update by key first, then an insert for the keys no row had.
   * Keys that cannot have a row yet (a day after the last stored one: logs and the generator
   * bring downloads in time order) skip the update, which would look for them in vain; for
   * the generator's time-ordered batches that is nearly every key.
   *
   * @param isNew tells a key that no row can have yet
   * @param key binds the key columns (the update's subquery and the insert's first columns)
   * @param rest binds the insert's other columns before its count
   */
  private static <K> void addCounts(Connection connection, Checkpoint checkpoint, Map<K, Long> counts,
      Predicate<K> isNew, String updateSql, String insertSql, Binder<K> key, Binder<K> rest) throws SQLException {
    List<K> keys = new ArrayList<>();
    List<K> missing = new ArrayList<>();
    counts.keySet().forEach(k -> (isNew.test(k) ? missing : keys).add(k));
    if (!keys.isEmpty()) {
      updateOrList(connection, checkpoint, counts, keys, updateSql, key, missing);
    }
    if (missing.isEmpty()) {
      return;
    }
    try (ChunkedBatch insert = ChunkedBatch.of(connection, insertSql, checkpoint)) {
      PreparedStatement row = insert.statement();
      for (K k : missing) {
        int next = rest.bind(row, key.bind(row, 1, k), k);
        row.setLong(next, counts.get(k));
        insert.add();
      }
      insert.finish();
    }
  }

  /** Adds the counts of {@code keys} to their rows; lists in {@code missing} the keys no row had. */
  private static <K> void updateOrList(Connection connection, Checkpoint checkpoint, Map<K, Long> counts,
      List<K> keys, String updateSql, Binder<K> key, List<K> missing) throws SQLException {
    try (ChunkedBatch update = ChunkedBatch.counting(connection, updateSql, checkpoint)) {
      PreparedStatement row = update.statement();
      for (K k : keys) {
        row.setLong(1, counts.get(k));
        key.bind(row, 2, k);
        update.add();
      }
      int[] updated = update.finishCounting();
      for (int i = 0; i < updated.length; i++) {
        if (updated[i] == 0) {
          missing.add(keys.get(i));
        }
      }
    }
  }
}
