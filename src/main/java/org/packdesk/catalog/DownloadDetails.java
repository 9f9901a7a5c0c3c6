package org.packdesk.catalog;

import io.ebean.Database;
import java.util.List;
import java.util.Optional;
import org.packdesk.importer.UserAgentParser;
import org.packdesk.model.Download;
import org.packdesk.model.query.QDownload;
import org.packdesk.model.query.QPackage;
import org.packdesk.model.query.QRelease;
import org.packdesk.model.query.QReleaseFile;

/** Reads one download event for the Downloads section's detail pane, its user agent parsed. */
public final class DownloadDetails {

  private final Database database;

  public DownloadDetails(Database database) {
    this.database = database;
  }

  /** The download {@code id}; empty when there is no such download (any more). */
  public Optional<DownloadDetail> find(long id) {
    QDownload d = QDownload.alias();
    Download download = new QDownload(database)
        .select(d.createdDate, d.ipAddress, d.userAgent)
        .pkg.fetch(QPackage.alias().name)
        .release.fetch(QRelease.alias().versionString)
        .id.eq(id)
        .findOne();
    if (download == null) {
      return Optional.empty();
    }
    long releaseId = download.getRelease().getId();
    List<String> files = new QReleaseFile(database).select(QReleaseFile.alias().filename)
        .release.id.eq(releaseId).setMaxRows(2).findSingleAttributeList();
    int fileCount = files.size() == 1 ? 1 : new QReleaseFile(database).release.id.eq(releaseId).findCount();
    return Optional.of(new DownloadDetail(id, download.getCreatedDate(), download.getPkg().getId(),
        download.getPkg().getName(), releaseId, download.getRelease().getVersionString(),
        fileCount == 1 ? files.get(0) : null, fileCount, download.getIpAddress(), download.getUserAgent(),
        new UserAgentParser().parse(download.getUserAgent())));
  }
}
