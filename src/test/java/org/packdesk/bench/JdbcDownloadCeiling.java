package org.packdesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.packdesk.importer.ClientDetails;
import org.packdesk.importer.UserAgentParser;
import org.packdesk.importer.generate.DownloadEvents;
import org.packdesk.importer.generate.ReleaseIndex;
import org.packdesk.importer.generate.SyntheticCatalog;

/**
 * The ceiling for the downloads: the same raw rows with plain JDBC batches, and the same rollup
 * rows (days, months, package days and months, the catalog's clients by day) and totals (releases', packages'), each
 * written once: a rollup row when its day or month is over (the downloads come in time order),
 * the totals at the end. So without the update-then-insert the real import needs for logs that
 * may overlap. Fills a fresh catalog.
 */
final class JdbcDownloadCeiling {

  private record DayKey(LocalDate day, long releaseId, String packageId, String installer, String python,
      String system) {
  }

  private record MonthKey(LocalDate month, long releaseId, String packageId) {
  }

  private record ClientKey(LocalDate day, String installer, String python, String system) {
  }

  private record PackageKey(LocalDate start, String packageId) {
  }

  private final Connection c;
  private final PreparedStatement download;
  private final PreparedStatement day;
  private final PreparedStatement releaseDay;
  private final PreparedStatement month;
  private final PreparedStatement client;
  private final PreparedStatement packageDay;
  private final PreparedStatement packageMonth;
  private final Map<PackageKey, Long> packageDays = new LinkedHashMap<>();
  private final Map<PackageKey, Long> packageMonths = new LinkedHashMap<>();
  private final Map<DayKey, Long> days = new LinkedHashMap<>();
  private final Map<MonthKey, Long> months = new LinkedHashMap<>();
  /** A release's day, all clients together (download_release_days, migration 1.9). */
  private final Map<Map.Entry<LocalDate, Long>, Long> releaseDays = new LinkedHashMap<>();
  private final Map<ClientKey, Long> clients = new LinkedHashMap<>();
  private final Map<Long, Long> releaseTotals = new HashMap<>();
  private final Map<String, Long> packageTotals = new HashMap<>();
  long rows;

  JdbcDownloadCeiling(Connection connection) throws SQLException {
    this.c = connection;
    c.setAutoCommit(false);
    download = c.prepareStatement("insert into downloads (created_date, package_id, release_id, ip_address, user_agent,"
        + " version) values (?,?,?,?,?,1)");
    day = c.prepareStatement("insert into download_days (utc_day, package_id, release_id, installer, python, system,"
        + " downloads, version) values (?,?,?,?,?,?,?,1)");
    month = c.prepareStatement("insert into download_months (month_start, release_id, package_id, downloads, version)"
        + " values (?,?,?,?,1)");
    client = c.prepareStatement("insert into download_clients (utc_day, installer, python, system, downloads, version)"
        + " values (?,?,?,?,?,1)");
    releaseDay = c.prepareStatement("insert into download_release_days (utc_day, release_id, downloads, version)"
        + " values (?,?,?,1)");
    packageDay = c.prepareStatement("insert into download_package_days (utc_day, package_id, downloads, version)"
        + " values (?,?,?,1)");
    packageMonth = c.prepareStatement("insert into download_package_months (month_start, package_id, downloads,"
        + " version) values (?,?,?,1)");
  }

  void load(SyntheticCatalog catalog, ReleaseIndex releases, int batchSize) throws SQLException {
    UserAgentParser agents = new UserAgentParser();
    DownloadEvents events = catalog.downloads();
    LocalDate current = null;
    int pending = 0;
    while (events.hasNext()) {
      DownloadEvents.Event e = events.next(releases::releases);
      long releaseId = releases.releaseId(e.packageIndex(), e.release());
      String packageId = catalog.packageId(e.packageIndex());
      LocalDate date = LocalDate.ofInstant(e.time(), ZoneOffset.UTC);
      if (!date.equals(current)) {
        writeDays(current != null && date.getMonthValue() != current.getMonthValue());
        current = date;
      }
      download.setTimestamp(1, Timestamp.from(e.time()));
      download.setString(2, packageId);
      download.setLong(3, releaseId);
      download.setString(4, e.ipAddress());
      download.setString(5, e.userAgent());
      download.addBatch();
      rows++;
      ClientDetails agent = agents.parse(e.userAgent());
      days.merge(new DayKey(date, releaseId, packageId, agent.installer(), agent.python(), agent.system()), 1L,
          Long::sum);
      months.merge(new MonthKey(date.withDayOfMonth(1), releaseId, packageId), 1L, Long::sum);
      releaseDays.merge(Map.entry(date, releaseId), 1L, Long::sum);
      clients.merge(new ClientKey(date, agent.installer(), agent.python(), agent.system()), 1L, Long::sum);
      packageDays.merge(new PackageKey(date, packageId), 1L, Long::sum);
      packageMonths.merge(new PackageKey(date.withDayOfMonth(1), packageId), 1L, Long::sum);
      releaseTotals.merge(releaseId, 1L, Long::sum);
      packageTotals.merge(packageId, 1L, Long::sum);
      if (++pending == batchSize) {
        download.executeBatch();
        c.commit();
        pending = 0;
      }
    }
    download.executeBatch();
    writeDays(true);
    writeTotals();
    c.commit();
  }

  private void writeDays(boolean monthOver) throws SQLException {
    for (Map.Entry<DayKey, Long> entry : days.entrySet()) {
      DayKey key = entry.getKey();
      day.setObject(1, key.day());
      day.setString(2, key.packageId());
      day.setLong(3, key.releaseId());
      day.setString(4, key.installer());
      day.setString(5, key.python());
      day.setString(6, key.system());
      day.setLong(7, entry.getValue());
      day.addBatch();
      rows++;
    }
    day.executeBatch();
    days.clear();
    for (Map.Entry<Map.Entry<LocalDate, Long>, Long> entry : releaseDays.entrySet()) {
      releaseDay.setObject(1, entry.getKey().getKey());
      releaseDay.setLong(2, entry.getKey().getValue());
      releaseDay.setLong(3, entry.getValue());
      releaseDay.addBatch();
      rows++;
    }
    releaseDay.executeBatch();
    releaseDays.clear();
    for (Map.Entry<ClientKey, Long> entry : clients.entrySet()) {
      ClientKey key = entry.getKey();
      client.setObject(1, key.day());
      client.setString(2, key.installer());
      client.setString(3, key.python());
      client.setString(4, key.system());
      client.setLong(5, entry.getValue());
      client.addBatch();
      rows++;
    }
    client.executeBatch();
    clients.clear();
    rows += writePackages(packageDay, packageDays);
    if (monthOver) {
      rows += writePackages(packageMonth, packageMonths);
      for (Map.Entry<MonthKey, Long> entry : months.entrySet()) {
        month.setObject(1, entry.getKey().month());
        month.setLong(2, entry.getKey().releaseId());
        month.setString(3, entry.getKey().packageId());
        month.setLong(4, entry.getValue());
        month.addBatch();
        rows++;
      }
      month.executeBatch();
      months.clear();
    }
  }

  private static int writePackages(PreparedStatement insert, Map<PackageKey, Long> counts) throws SQLException {
    for (Map.Entry<PackageKey, Long> entry : counts.entrySet()) {
      insert.setObject(1, entry.getKey().start());
      insert.setString(2, entry.getKey().packageId());
      insert.setLong(3, entry.getValue());
      insert.addBatch();
    }
    insert.executeBatch();
    int written = counts.size();
    counts.clear();
    return written;
  }

  private void writeTotals() throws SQLException {
    try (PreparedStatement release = c.prepareStatement("update releases set download_total = ? where id = ?");
         PreparedStatement pkg = c.prepareStatement("update packages set download_total = ? where id = ?")) {
      for (Map.Entry<Long, Long> total : releaseTotals.entrySet()) {
        release.setLong(1, total.getValue());
        release.setLong(2, total.getKey());
        release.addBatch();
      }
      release.executeBatch();
      for (Map.Entry<String, Long> total : packageTotals.entrySet()) {
        pkg.setLong(1, total.getValue());
        pkg.setString(2, total.getKey());
        pkg.addBatch();
      }
      pkg.executeBatch();
    }
  }
}
