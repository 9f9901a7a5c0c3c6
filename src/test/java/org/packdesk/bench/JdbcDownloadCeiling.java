package org.packdesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.packdesk.importer.ClientDetails;
import org.packdesk.importer.UserAgentParser;
import org.packdesk.importer.generate.DownloadEvents;
import org.packdesk.importer.generate.ReleaseIndex;
import org.packdesk.importer.generate.SyntheticCatalog;

/**
 * The ceiling for the downloads: the same raw rows with plain JDBC batches, and the same rollup
 * rows, each inserted once when its day is over (the downloads come in time order), so without
 * the update-then-insert the real import needs for logs that may overlap. Fills a fresh catalog.
 */
final class JdbcDownloadCeiling {

  private record DayKey(LocalDate day, long releaseId, String packageId, String installer, String python,
      String system) {
  }

  private final Connection c;
  private final PreparedStatement download;
  private final PreparedStatement day;
  private final Map<DayKey, Long> counts = new LinkedHashMap<>();
  long rows;

  JdbcDownloadCeiling(Connection connection) throws SQLException {
    this.c = connection;
    c.setAutoCommit(false);
    download = c.prepareStatement("insert into downloads (created_date, package_id, release_id, ip_address, user_agent,"
        + " version) values (?,?,?,?,?,1)");
    day = c.prepareStatement("insert into download_days (utc_day, package_id, release_id, installer, python, system,"
        + " downloads, version) values (?,?,?,?,?,?,?,1)");
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
        writeDays();
        current = date;
      }
      download.setTimestamp(1, Timestamp.from(e.time()));
      download.setString(2, packageId);
      download.setLong(3, releaseId);
      download.setString(4, e.ipAddress());
      download.setString(5, e.userAgent());
      download.addBatch();
      rows++;
      ClientDetails client = agents.parse(e.userAgent());
      counts.merge(new DayKey(date, releaseId, packageId, client.installer(), client.python(), client.system()), 1L,
          Long::sum);
      if (++pending == batchSize) {
        download.executeBatch();
        c.commit();
        pending = 0;
      }
    }
    download.executeBatch();
    writeDays();
    c.commit();
  }

  private void writeDays() throws SQLException {
    for (Map.Entry<DayKey, Long> entry : counts.entrySet()) {
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
    counts.clear();
  }
}
