package org.packdesk.catalog;

import io.ebean.Database;
import java.time.LocalDate;

/**
 * Download counts read from the stored totals and the {@code download_release_days} rollup, never
 * from the raw rows: those can be millions, the rollup holds one row per release and day.
 */
public final class DownloadCounts {

  private final Database database;

  public DownloadCounts(Database database) {
    this.database = database;
  }

  /** Downloads of one release on the UTC days from {@code since} on (all of them for null). */
  public long ofRelease(long releaseId, LocalDate since) {
    if (since == null) {
      Long total = database.sqlQuery("select download_total from releases where id = :id")
          .setParameter("id", releaseId).mapToScalar(Long.class).findOne();
      return total == null ? 0 : total;
    }
    Long sum = database.sqlQuery("select sum(downloads) as n from download_release_days where release_id = :id"
            + " and utc_day >= :since")
        .setParameter("id", releaseId)
        .setParameter("since", since)
        .mapToScalar(Long.class)
        .findOne();
    return sum == null ? 0 : sum;
  }
}
