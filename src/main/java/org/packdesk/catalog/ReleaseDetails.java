package org.packdesk.catalog;

import io.ebean.Database;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.packdesk.model.Release;
import org.packdesk.model.query.QPackage;
import org.packdesk.model.query.QRelease;

/** Reads one release for the Releases section's detail pane, in a few small queries. */
public final class ReleaseDetails {

  /** The recent downloads are those of this many UTC days, today included. */
  public static final int RECENT_DAYS = 30;

  private final Database database;
  private final PackageDetails packages;
  private final DownloadCounts counts;
  private final Clock clock;

  /** @param clock says what today is, for the recent downloads */
  public ReleaseDetails(Database database, Clock clock) {
    this.database = database;
    this.packages = new PackageDetails(database);
    this.counts = new DownloadCounts(database);
    this.clock = clock;
  }

  /** The release {@code id}; empty when there is no such release (any more). */
  public Optional<ReleaseDetail> find(long id) {
    QRelease r = QRelease.alias();
    QPackage p = QPackage.alias();
    Release release = new QRelease(database)
        .select(r.versionString, r.pep440, r.createdDate, r.yanked, r.yankedReason)
        .pkg.fetch(p.name, p.requiresPython)
        .id.eq(id)
        .findOne();
    if (release == null) {
      return Optional.empty();
    }
    LocalDate since = LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)).minusDays(RECENT_DAYS - 1);
    return Optional.of(new ReleaseDetail(id, release.getPkg().getId(), release.getPkg().getName(),
        release.getVersionString(), release.isPep440(), release.getCreatedDate(),
        blankToNull(release.getPkg().getRequiresPython()), release.isYanked(), release.getYankedReason(),
        packages.files(id), counts.ofRelease(id, null), counts.ofRelease(id, since)));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
