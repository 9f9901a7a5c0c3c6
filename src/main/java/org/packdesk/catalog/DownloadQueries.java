package org.packdesk.catalog;

import io.ebean.Database;
import java.util.List;
import org.packdesk.model.query.QDownload;
import org.packdesk.model.query.QPackage;
import org.packdesk.model.query.QRelease;

/** Finds download events by package name, user agent or IP address, newest first. */
public final class DownloadQueries {

  private final Database database;

  public DownloadQueries(Database database) {
    this.database = database;
  }

  /** Downloads whose package, user agent or address contains every word of {@code text}; at most {@code limit}. */
  public List<DownloadRow> search(String text, int limit) {
    QDownload d = QDownload.alias();
    QDownload query = new QDownload(database)
        .select(d.createdDate, d.ipAddress, d.userAgent)
        .pkg.fetch(QPackage.alias().name)
        .release.fetch(QRelease.alias().versionString)
        .orderBy().createdDate.desc().id.desc()
        .setMaxRows(limit);
    for (String word : SearchWords.of(text)) {
      query.or().pkg.name.icontains(word).userAgent.icontains(word).ipAddress.icontains(word).endOr();
    }
    return query.findList().stream()
        .map(download -> new DownloadRow(download.getId(), download.getCreatedDate(), download.getPkg().getId(),
            download.getPkg().getName(), download.getRelease().getVersionString(),
            download.getIpAddress(), download.getUserAgent()))
        .toList();
  }
}
