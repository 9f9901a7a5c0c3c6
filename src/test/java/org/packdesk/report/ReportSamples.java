package org.packdesk.report;

import io.ebean.Database;
import io.ebean.Transaction;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.packdesk.TestCatalogs;
import org.packdesk.catalog.DownloadRollup;
import org.packdesk.catalog.ReleaseVersions;
import org.packdesk.model.Package;
import org.packdesk.model.Release;

/**
 * The sample catalog plus what reports need: download rollup rows, and packages whose authors
 * wrote hostile or non-Latin text (formula injection, script tags, Chinese, Greek, Arabic).
 */
public final class ReportSamples {

  /** "Today" for the reports of these tests: every sample release is older than two years. */
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T09:30:00Z"), ZoneOffset.UTC);
  public static final String FORMULA_SUMMARY = "=HYPERLINK(\"http://evil.example/x\",\"Click me\")";
  public static final String COMMAND_AUTHOR = "+cmd|' /C calc'!A0";
  public static final String SCRIPT_SUMMARY = "<script>alert('owned')</script> & more";
  public static final String AT_AUTHOR = "@SUM(1+1)";
  public static final String UNICODE_SUMMARY = "数据处理工具 — Ελληνικά — عربي — emoji \uD83D\uDE80";

  private ReportSamples() {
  }

  /** The sample catalog, the hostile packages, and downloads in the rollup. */
  public static void fill(Database db) {
    TestCatalogs.fillSample(db);
    addToSample(db);
  }

  /** What {@link #fill} adds to a catalog the sample is already in. */
  public static void addToSample(Database db) {
    hostile(db, "evil-formula", FORMULA_SUMMARY, COMMAND_AUTHOR, "2015-03-01T00:00:00Z");
    hostile(db, "evil-script", SCRIPT_SUMMARY, AT_AUTHOR, "2016-04-01T00:00:00Z");
    hostile(db, "unicode-pkg", UNICODE_SUMMARY, "Jürgen Ωmega 李", "2017-05-01T00:00:00Z");
    long requests = releaseId(db, "requests", "2.18.4");
    long flask = releaseId(db, "flask", "1.0.2");
    long numpy = releaseId(db, "numpy", "1.14.5");
    day(db, "2018-01-05", "requests", requests, "pip", "3.6", "Linux", 100);
    day(db, "2018-01-05", "requests", requests, "pip", "2.7", "Windows", 40);
    day(db, "2018-01-20", "requests", requests, "bandersnatch", "unknown", "unknown", 10);
    day(db, "2018-03-02", "flask", flask, "pip", "3.6", "Darwin", 70);
    day(db, "2018-03-03", "numpy", numpy, "pip", "3.6", "Linux", 200);
    day(db, "2018-03-04", "numpy", numpy, "uv", "3.7", "Linux", 5);
  }

  private static void hostile(Database db, String name, String summary, String author, String released) {
    Package pkg = new Package(name, summary);
    pkg.setAuthorName(author);
    db.save(pkg);
    Release release = ReleaseVersions.newRelease(pkg, "1.0");
    release.setCreatedDate(Instant.parse(released));
    db.save(release);
  }

  private static long releaseId(Database db, String packageId, String version) {
    return db.sqlQuery("select id from releases where package_id = :p and version_string = :v")
        .setParameter("p", packageId).setParameter("v", version).mapToScalar(Long.class).findOne();
  }

  /** Counts downloads the way an import does: through every rollup, in one transaction. */
  private static void day(Database db, String day, String packageId, long releaseId, String installer, String python,
      String system, long count) {
    DownloadRollup rollup = new DownloadRollup();
    rollup.add(new DownloadRollup.DayKey(LocalDate.parse(day), releaseId, packageId, installer, python, system), count);
    try (Transaction txn = db.beginTransaction()) {
      rollup.write(txn.connection());
      txn.commit();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ReportRunner runner(Database db) {
    return new ReportRunner(db, "/tmp/test catalog.mv.db", CLOCK);
  }

  /** Runs {@code id} with {@code parameters}. */
  public static ReportResult run(Database db, String id, Map<String, String> parameters) {
    return runner(db).run(ReportRegistry.standard().require(id), parameters);
  }

  /** The values of column {@code key} of every row. */
  public static List<Object> column(ReportResult result, String key) {
    int index = result.columnIndex(key);
    return result.rows().stream().map(row -> row.get(index)).toList();
  }
}
