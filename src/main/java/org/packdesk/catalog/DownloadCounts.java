package org.packdesk.catalog;

import io.ebean.Database;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Download counts read from the {@code download_days} rollup, never from the raw rows: those can
 * be millions, the rollup holds one row per release, day and kind of client.
 */
public final class DownloadCounts {

  private final Database database;

  public DownloadCounts(Database database) {
    this.database = database;
  }

  /** Downloads of each of {@code releaseIds} (those without any are missing from the map). */
  public Map<Long, Long> perRelease(Collection<Long> releaseIds) {
    Map<Long, Long> counts = new HashMap<>();
    if (releaseIds.isEmpty()) {
      return counts;
    }
    database.sqlQuery("select release_id, sum(downloads) as n from download_days where release_id in (:ids)"
            + " group by release_id")
        .setParameter("ids", releaseIds)
        .findEach(row -> counts.put(row.getLong("release_id"), row.getLong("n")));
    return counts;
  }

  /** Downloads of one release on the UTC days from {@code since} on (all of them for null). */
  public long ofRelease(long releaseId, LocalDate since) {
    Long sum = database.sqlQuery("select sum(downloads) as n from download_days where release_id = :id"
            + " and utc_day >= :since")
        .setParameter("id", releaseId)
        .setParameter("since", since == null ? LocalDate.of(1, 1, 1) : since)
        .mapToScalar(Long.class)
        .findOne();
    return sum == null ? 0 : sum;
  }
}
