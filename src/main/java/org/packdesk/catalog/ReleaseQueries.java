package org.packdesk.catalog;

import io.ebean.Database;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.packdesk.model.Release;
import org.packdesk.model.query.QPackage;
import org.packdesk.model.query.QRelease;

/** Finds releases by package name and version, newest first, with their files and downloads. */
public final class ReleaseQueries {

  private final Database database;

  public ReleaseQueries(Database database) {
    this.database = database;
  }

  /** Releases whose package name or version contains every word of {@code text}; at most {@code limit}. */
  public List<ReleaseRow> search(String text, int limit) {
    QRelease r = QRelease.alias();
    QRelease query = new QRelease(database)
        .select(r.versionString, r.createdDate, r.size, r.yanked, r.yankedReason)
        .pkg.fetch(QPackage.alias().name)
        .orderBy("createdDate desc nulls last, id desc")
        .setMaxRows(limit);
    for (String word : SearchWords.of(text)) {
      query.or().pkg.name.icontains(word).versionString.icontains(word).endOr();
    }
    List<Release> releases = query.findList();
    if (releases.isEmpty()) {
      return List.of();
    }
    List<Long> ids = releases.stream().map(Release::getId).toList();
    Map<Long, FileTotals> files = fileTotals(ids);
    Map<Long, Long> downloads = new DownloadCounts(database).perRelease(ids);
    return releases.stream().map(release -> {
      FileTotals totals = files.getOrDefault(release.getId(), FileTotals.NONE);
      Long size = release.getSize() != null ? release.getSize() : totals.bytes();
      return new ReleaseRow(release.getId(), release.getPkg().getId(), release.getPkg().getName(),
          release.getVersionString(), release.getCreatedDate(), size, totals.count(),
          release.isYanked(), release.getYankedReason(),
          downloads.getOrDefault(release.getId(), 0L));
    }).toList();
  }

  private record FileTotals(int count, Long bytes) {
    static final FileTotals NONE = new FileTotals(0, null);
  }

  /** Number and total size of the files of each release, in one grouped query. */
  private Map<Long, FileTotals> fileTotals(List<Long> releaseIds) {
    Map<Long, FileTotals> totals = new HashMap<>();
    database.sqlQuery("select release_id, count(*) as n, sum(size) as bytes from release_files"
            + " where release_id in (:ids) group by release_id")
        .setParameter("ids", releaseIds)
        .findEach(row -> totals.put(row.getLong("release_id"),
            new FileTotals(row.getInteger("n"), row.getLong("bytes"))));
    return totals;
  }
}
