package org.packdesk.catalog;

import io.ebean.Database;
import io.ebean.Transaction;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.packdesk.model.Maintainer;
import org.packdesk.model.Package;
import org.packdesk.model.query.QMaintainer;
import org.packdesk.model.query.QPackage;
import org.packdesk.model.query.QReleaseFile;
import org.packdesk.model.query.QUser;

/**
 * Reads one package for the detail pane: its fields, maintainers and languages, and its releases
 * with their file and download counts, in a handful of queries whatever the number of releases.
 * The counts are the stored totals ({@link CatalogTotals}, {@link DownloadRollup}): a popular
 * package has millions of downloads, which the pane must not count each time it opens. A
 * release's files are read when it is chosen.
 */
public final class PackageDetails {

  private static final String RELEASES = "select r.id, r.version_string, r.created_date, r.total_size, r.yanked,"
      + " r.yanked_reason, r.file_count, r.download_total from releases r where r.package_id = :id"
      + " order by r.sort_key desc, r.id desc";

  private final Database database;

  public PackageDetails(Database database) {
    this.database = database;
  }

  /** The package with this id as stored now; empty when there is none (deleted meanwhile). */
  public Optional<PackageDetail> load(String packageId) {
    try (Transaction txn = database.beginTransaction()) {
      txn.setReadOnly(true);
      Package pkg = withEveryField(packageId);
      if (pkg == null) {
        return Optional.empty();
      }
      List<PackageDetail.ReleaseLine> releases = database.sqlQuery(RELEASES).setParameter("id", packageId)
          .mapTo((rs, n) -> releaseLine(rs))
          .findList();
      return Optional.of(new PackageDetail(pkg.getId(), pkg.getName(), pkg.getVersion(), pkg.getSummary(),
          pkg.getDescription(), pkg.getHomePage(), pkg.getDocsUrl(), pkg.getPackageUrl(), pkg.getDownloadUrl(),
          pkg.getAuthorName(), pkg.getAuthorEmail(), pkg.getLicense() == null ? null : pkg.getLicense().getId(),
          pkg.getLicenseText(), languages(packageId), maintainers(packageId), pkg.getKeywords(),
          pkg.getRequiresPython(), pkg.getLifecycle(), pkg.getLifecycleNote(), pkg.getCreatedDate(),
          pkg.getLastUpdated(), releases, pkg.getDownloadTotal()));
    }
  }

  /** The package row, its large texts included (Ebean reads a LOB lazily, in another query, unless asked). */
  private Package withEveryField(String packageId) {
    QPackage p = QPackage.alias();
    return new QPackage(database)
        .select(p.name, p.summary, p.description, p.homePage, p.docsUrl, p.packageUrl, p.downloadUrl, p.authorName,
            p.authorEmail, p.licenseText, p.keywords, p.requiresPython, p.lifecycle, p.lifecycleNote, p.createdDate,
            p.lastUpdated, p.license.id, p.downloadTotal, p.version)
        .id.eq(packageId)
        .findOne();
  }

  /** The files of one release, by file name. */
  public List<ReleaseFileLine> files(long releaseId) {
    return new QReleaseFile(database).release.id.eq(releaseId).orderBy().filename.asc().findList().stream()
        .map(f -> new ReleaseFileLine(f.getId(), f.getFilename(), f.getPackagetype(), f.getPythonVersion(),
            f.getSize(), f.getSha256(), f.getMd5(), f.getUrl(), f.getUploadTime()))
        .toList();
  }

  private static PackageDetail.ReleaseLine releaseLine(ResultSet rs) throws SQLException {
    return new PackageDetail.ReleaseLine(rs.getLong("id"), rs.getString("version_string"),
        instant(rs.getTimestamp("created_date")), rs.getObject("total_size", Long.class), rs.getInt("file_count"),
        rs.getBoolean("yanked"), rs.getString("yanked_reason"), rs.getLong("download_total"));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private List<String> languages(String packageId) {
    return database.sqlQuery("select language_id from package_languages where package_id = :id order by language_id")
        .setParameter("id", packageId).mapToScalar(String.class).findList();
  }

  /** Owners first, then by name. */
  private List<PackageDetail.MaintainerLine> maintainers(String packageId) {
    QUser user = QUser.alias();
    return new QMaintainer(database).pkg.id.eq(packageId).user.fetch(user.name, user.email).findList().stream()
        .sorted(Comparator.comparing(Maintainer::getRole)
            .thenComparing(m -> m.getUser().getName() == null ? m.getUser().getEmail() : m.getUser().getName(),
                String.CASE_INSENSITIVE_ORDER))
        .map(m -> new PackageDetail.MaintainerLine(m.getUser().getName(), m.getUser().getEmail(), m.getRole()))
        .toList();
  }
}
