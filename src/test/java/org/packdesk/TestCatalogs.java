package org.packdesk;

import io.ebean.Database;
import java.nio.file.Path;
import java.time.Instant;
import org.packdesk.catalog.ReleaseVersions;
import org.packdesk.catalog.edit.PackageField;
import org.packdesk.catalog.edit.SetPackageFields;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.db.CatalogLocation;
import org.packdesk.model.AuditEntry;
import org.packdesk.model.Download;
import org.packdesk.model.License;
import org.packdesk.model.Maintainer;
import org.packdesk.model.MaintainerRole;
import org.packdesk.model.Package;
import org.packdesk.model.ProgrammingLanguage;
import org.packdesk.model.Release;
import org.packdesk.model.ReleaseFile;
import org.packdesk.model.User;

/** Real H2 catalogs in temporary folders, and a small sample catalog to put in them. */
public final class TestCatalogs {

  private TestCatalogs() {
  }

  /** Opens (and migrates) a new file catalog in {@code dir}. */
  public static CatalogDatabase open(Path dir) {
    return CatalogDatabase.open(CatalogLocation.ofFile(dir.resolve("catalog")));
  }

  /**
   * Three packages with releases, files, users, maintainers, languages, licenses and downloads:
   * requests (Apache-2.0, 3 releases), flask (BSD-3-Clause) and numpy (BSD-3-Clause, no users).
   */
  public static void fillSample(Database db) {
    try (io.ebean.Transaction txn = db.beginTransaction()) {
      License apache = new License("Apache-2.0");
      apache.setDescription("Apache License 2.0");
      License bsd = new License("BSD-3-Clause");
      db.saveAll(apache, bsd);
      ProgrammingLanguage py3 = new ProgrammingLanguage("Python :: 3");
      ProgrammingLanguage py36 = new ProgrammingLanguage("Python :: 3.6");
      db.saveAll(py3, py36);

      Package requests = pkg(db, "requests", "Python HTTP for Humans.", apache, py3, py36);
      requests.setHomePage("http://python-requests.org");
      requests.setAuthorName("Kenneth Reitz");
      requests.setAuthorEmail("me@kennethreitz.com");
      db.save(requests);
      Package flask = pkg(db, "Flask", "A simple framework for building complex web applications.", bsd, py3);
      Package numpy = pkg(db, "numpy", "NumPy: array processing for numbers, strings, records, and objects.", bsd, py36);

      Release r1 = release(db, requests, "2.18.4", "2017-08-15T13:23:43Z", 1);
      release(db, requests, "2.18.4rc1", "2017-08-10T10:00:00Z", 2);
      Release old = release(db, requests, "0.2.0", "2011-02-14T00:00:00Z", 3);
      old.setYanked(true);
      old.setYankedReason("Broken packaging");
      db.save(old);
      release(db, flask, "1.0.2", "2018-05-02T13:42:19Z", 4);
      release(db, numpy, "1.14.5", "2018-06-12T20:36:08Z", 5);

      User kenneth = new User("Kenneth Reitz", "me@kennethreitz.com");
      User armin = new User("Armin Ronacher", "Armin.Ronacher@active-4.com");
      db.saveAll(kenneth, armin);
      db.save(new Maintainer(kenneth, requests, MaintainerRole.OWNER));
      db.save(new Maintainer(armin, flask, MaintainerRole.OWNER));
      db.save(new Maintainer(kenneth, flask, MaintainerRole.MAINTAINER));

      for (int i = 0; i < 3; i++) {
        Download download = new Download(r1, Instant.parse("2018-01-0" + (i + 1) + "T12:00:00Z"));
        download.setIpAddress("203.0.113." + i);
        download.setUserAgent("pip/10.0.1 {\"python\":\"3.6.5\"}");
        db.save(download);
      }
      db.save(new AuditEntry("tester", "create", "catalog", null, "Sample catalog"));
      txn.flush();
      org.packdesk.catalog.CatalogTotals.recountAll(txn.connection());
      txn.commit();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Package pkg(Database db, String name, String summary, License license,
      ProgrammingLanguage... languages) {
    Package p = new Package(name, summary);
    p.setLicense(license);
    p.getLanguages().addAll(java.util.List.of(languages));
    p.setCreatedDate(Instant.parse("2011-02-14T00:00:00Z"));
    p.setLastUpdated(Instant.parse("2018-06-12T20:36:08Z"));
    db.save(p);
    return p;
  }

  private static Release release(Database db, Package pkg, String version, String date, int fileNo) {
    Release r = ReleaseVersions.newRelease(pkg, version);
    r.setCreatedDate(Instant.parse(date));
    r.setSize(1000L * fileNo);
    ReleaseFile file = new ReleaseFile(r, pkg.getId() + "-" + version + ".tar.gz");
    file.setPackagetype("sdist");
    file.setPythonVersion("source");
    file.setSize(1000L * fileNo);
    file.setSha256("a".repeat(64));
    file.setMd5("b".repeat(32));
    file.setUploadTime(Instant.parse(date));
    r.getFiles().add(file);
    db.save(r);
    return r;
  }

  /** A curator's edit of a package's summary, from the package as stored now. */
  public static SetPackageFields summaryEdit(Database db, String packageId, String summary) {
    Package read = db.find(Package.class, packageId);
    java.util.Map<PackageField, Object> before = new java.util.HashMap<>();
    before.put(PackageField.SUMMARY, read.getSummary());
    return new SetPackageFields(packageId, read.getVersion(), before, java.util.Map.of(PackageField.SUMMARY, summary));
  }
}
