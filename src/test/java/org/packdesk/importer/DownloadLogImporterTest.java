package org.packdesk.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebean.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.model.Download;
import org.packdesk.model.DownloadDay;
import org.packdesk.model.query.QDownload;
import org.packdesk.model.query.QDownloadDay;
import org.packdesk.model.query.QDownloadImport;

/** Download logs into the sample catalog, on a real H2 database. */
class DownloadLogImporterTest {

  @TempDir
  Path dir;
  CatalogDatabase catalog;
  Database db;
  /** The sample catalog's own three downloads, which predate the rollup. */
  long sampleDownloads;

  @BeforeEach
  void open() {
    catalog = TestCatalogs.open(dir.resolve("db"));
    db = catalog.database();
    TestCatalogs.fillSample(db);
    sampleDownloads = new QDownload(db).findCount();
  }

  @AfterEach
  void close() {
    catalog.close();
  }

  private DownloadImportReport importAll(boolean anonymize, int batchSize, Path... files) {
    return new DownloadLogImporter(db, "tester", anonymize, batchSize)
        .importFiles(List.of(files), ImportProgress.NONE, () -> false);
  }

  private DownloadImportReport importAll(Path... files) {
    return importAll(false, DownloadLogImporter.DEFAULT_BATCH_SIZE, files);
  }

  @Test
  void accessLogDownloadsAreStoredAndSkippedLinesReportedByReason() throws Exception {
    DownloadImportReport report = importAll(DownloadLogSamples.write(dir, "access.log", DownloadLogSamples.ACCESS_LOG));
    assertEquals(List.of(), report.rejected());
    assertEquals(13, report.linesRead());
    assertEquals(6, report.downloads());
    assertEquals(6 + sampleDownloads, new QDownload(db).findCount());
    Map<SkipReason, Long> skipped = new TreeMap<>();
    report.skipped().forEach((reason, s) -> skipped.put(reason, s.count()));
    assertEquals(Map.of(SkipReason.NOT_GET, 1L, SkipReason.NOT_SUCCESSFUL, 1L, SkipReason.UNKNOWN_FILE, 1L,
        SkipReason.BAD_TIME, 1L, SkipReason.NOT_A_FILE, 1L, SkipReason.MALFORMED, 2L), skipped);
    assertEquals(List.of("access.log:9: 198.51.100.12 - - [11/Oct/2018:09:00:03 +0000] \"GET /packages/12/34/django-2.1.tar.gz"
        + " HTTP/1.1\" 200 10 \"-\" \"curl/7.58.0\""), report.skipped().get(SkipReason.UNKNOWN_FILE).examples());

    DownloadDay pip = new QDownloadDay(db).installer.eq("pip").python.eq("3.6").findOne();
    assertEquals(2, pip.getCount(), "200 and 304 from pip on CPython 3.6 the same day");
    assertEquals("2018-10-10", pip.getDay().toString());
    assertEquals("requests", pip.getPkg().getId());
    assertEquals("Linux", pip.getSystem());
    assertEquals("2018-10-10", new QDownloadDay(db).installer.eq("curl").findOne().getDay().toString(),
        "01:00 at +0200 is the day before in UTC");
    assertRollupMatchesRawRows();
  }

  @Test
  void importedDownloadsAddToTheirPackagesTotals() throws Exception {
    String line = "203.0.113.9 - - [10/Oct/2018:13:55:36 +0000] \"GET /packages/ab/cd/requests-2.18.4.tar.gz HTTP/1.1\""
        + " 200 10 \"-\" \"pip/18.1\"\n";
    importAll(false, 3, DownloadLogSamples.write(dir, "four.log", line.repeat(4)));
    assertEquals(sampleDownloads + 4, db.find(org.packdesk.model.Package.class, "requests").getDownloadTotal(),
        "two batches (3 and 1) added to the sample's downloads");
    org.packdesk.catalog.CatalogTotalsTest.assertTotalsMatchTheRows(db);
  }

  @Test
  void examplesStopAtThreePerReasonWhileCountsGoOn() throws Exception {
    String notFound = "198.51.100.11 - - [11/Oct/2018:09:00:02 +0000] \"GET /p/numpy-9.9.9.tar.gz HTTP/1.1\" 404 0 \"-\" \"curl/7.58.0\"\n";
    DownloadImportReport report = importAll(DownloadLogSamples.write(dir, "404.log", notFound.repeat(5)));
    assertEquals(5, report.skipped().get(SkipReason.NOT_SUCCESSFUL).count());
    assertEquals(3, report.skipped().get(SkipReason.NOT_SUCCESSFUL).examples().size());
    assertTrue(report.skipped().get(SkipReason.NOT_SUCCESSFUL).examples().get(2).startsWith("404.log:3: "));
  }

  @Test
  void bigQueryCsvRowsAreReadByColumnName() throws Exception {
    DownloadImportReport report = importAll(DownloadLogSamples.write(dir, "bq.csv", DownloadLogSamples.CSV));
    assertEquals(List.of(), report.rejected());
    assertEquals(6, report.linesRead());
    assertEquals(3, report.downloads());
    assertEquals(1, report.skipped().get(SkipReason.BAD_TIME).count());
    assertEquals(1, report.skipped().get(SkipReason.UNKNOWN_FILE).count());
    assertEquals(1, report.skipped().get(SkipReason.MALFORMED).count());
    DownloadDay numpy = new QDownloadDay(db).pkg.id.eq("numpy").findOne();
    assertEquals("2.7", numpy.getPython());
    assertEquals("Windows", numpy.getSystem());
    DownloadDay flask = new QDownloadDay(db).pkg.id.eq("flask").findOne();
    assertEquals("bandersnatch", flask.getInstaller());
    assertEquals("unknown", flask.getPython());
    assertEquals("2018-06-02", flask.getDay().toString());
    assertRollupMatchesRawRows();
  }

  @Test
  void gzipFilesAreReadAsTheyAre() throws Exception {
    DownloadImportReport report = importAll(
        DownloadLogSamples.writeGzip(dir, "access.log.1.gz", DownloadLogSamples.ACCESS_LOG),
        DownloadLogSamples.writeGzip(dir, "bq-export", DownloadLogSamples.CSV)); // found out by its magic bytes
    assertEquals(List.of(), report.rejected());
    assertEquals(9, report.downloads());
    assertRollupMatchesRawRows();
  }

  @Test
  void smallBatchesAndASecondFileKeepTheRollupEqualToTheRawRows() throws Exception {
    Path log = DownloadLogSamples.write(dir, "access.log", DownloadLogSamples.ACCESS_LOG);
    Path csv = DownloadLogSamples.write(dir, "bq.csv", DownloadLogSamples.CSV);
    assertEquals(9, importAll(false, 2, log, csv).downloads());
    assertRollupMatchesRawRows();
    assertEquals(2, new QDownloadImport(db).findCount(), "one record per file, extended batch by batch");
    assertEquals(6, new QDownloadImport(db).source.eq("access.log").findOne().getDownloads());
  }

  @Test
  void importingTheSameLogAgainCountsItTwiceAndWarns() throws Exception {
    Path log = DownloadLogSamples.write(dir, "access.log", DownloadLogSamples.ACCESS_LOG);
    assertEquals(List.of(), importAll(log).warnings());
    DownloadImportReport again = importAll(log);
    assertEquals(6, again.downloads());
    assertEquals(1, again.warnings().size());
    assertTrue(again.warnings().get(0).contains("counted twice"), again.warnings().get(0));
    assertEquals(4, new QDownloadDay(db).installer.eq("pip").python.eq("3.6").findOne().getCount());
    assertRollupMatchesRawRows();

    // a rotated log of the same name but another time span is no duplicate
    Path next = DownloadLogSamples.write(dir.resolve("later").toFile().mkdir() ? dir.resolve("later") : dir, "access.log",
        DownloadLogSamples.ACCESS_LOG.replace("Oct/2018", "Nov/2018"));
    assertEquals(List.of(), importAll(next).warnings());
  }

  @Test
  void anonymizedAddressesAreTruncated() throws Exception {
    importAll(true, DownloadLogImporter.DEFAULT_BATCH_SIZE,
        DownloadLogSamples.write(dir, "access.log", DownloadLogSamples.ACCESS_LOG));
    List<String> addresses = new QDownload(db).select(QDownload.alias().ipAddress).findSingleAttributeList();
    assertTrue(addresses.contains("203.0.113.0"), addresses.toString());
    assertTrue(addresses.contains("2001:db8:85a3:0:0:0:0:0"), addresses.toString());
    assertTrue(addresses.stream().noneMatch(a -> a.equals("203.0.113.9") || a.equals("203.0.113.10")), addresses.toString());
  }

  @Test
  void unreadableFilesAreRejectedAndTheOthersImported() throws Exception {
    Path good = DownloadLogSamples.write(dir, "access.log", DownloadLogSamples.ACCESS_LOG);
    Path fakeGzip = DownloadLogSamples.write(dir, "old.log.gz", DownloadLogSamples.ACCESS_LOG);
    Path notALog = DownloadLogSamples.write(dir, "notes.txt", "Shopping list\neggs\nmilk\n");
    Path csvWithoutFilename = DownloadLogSamples.write(dir, "other.csv", "timestamp,project\n2018-06-01 12:00:00 UTC,x\n");
    DownloadImportReport report = importAll(good, fakeGzip, notALog, csvWithoutFilename, dir.resolve("missing.log"));
    assertEquals(6, report.downloads());
    assertEquals(4, report.rejected().size(), report.rejected().toString());
    assertTrue(report.rejected().get(0).reason().contains("not gzip-compressed"));
    assertTrue(report.rejected().get(1).reason().contains("not a download log"));
    assertTrue(report.rejected().get(2).reason().contains("no column \"file.filename\""));
    assertTrue(report.rejected().get(3).reason().contains("does not exist"));
  }

  @Test
  void aGzipFileCutShortKeepsWhatCameBeforeTheCut() throws Exception {
    Path whole = DownloadLogSamples.writeGzip(dir, "whole.gz", DownloadLogSamples.ACCESS_LOG.repeat(200));
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut.log.gz");
    Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 40));
    DownloadImportReport report = importAll(false, 100, cut);
    assertEquals(1, report.rejected().size());
    String reason = report.rejected().get(0).reason();
    assertTrue(reason.contains("could be read only up to line") && reason.contains("were imported"), reason);
    assertTrue(report.downloads() > 1000, "the lines before the cut are kept: " + report.downloads());
    assertRollupMatchesRawRows();
  }

  @Test
  void aBatchTheDatabaseRefusesIsRolledBackAndTheEarlierOnesStay() throws Exception {
    Path log = DownloadLogSamples.write(dir, "access.log", DownloadLogSamples.ACCESS_LOG);
    // a constraint that refuses the curl download in the third batch (lines 4-5 hold flask's curl download)
    db.sqlUpdate("alter table downloads add constraint ck_test_no_flask check (package_id <> 'flask')").execute();
    DownloadImportReport report = importAll(false, 3, log);
    assertEquals(1, report.rejected().size());
    String reason = report.rejected().get(0).reason();
    assertTrue(reason.startsWith("lines 4 to 6 could not be stored"), reason);
    assertTrue(reason.contains("rolled back; the 3 downloads before it were imported"), reason);
    assertEquals(3, report.downloads());
    assertEquals(3 + sampleDownloads, new QDownload(db).findCount());
    assertRollupMatchesRawRows();
  }

  @Test
  void cancellingStopsBetweenBatches() throws Exception {
    Path log = DownloadLogSamples.write(dir, "access.log", DownloadLogSamples.ACCESS_LOG);
    DownloadImportReport report = new DownloadLogImporter(db, "tester", false, 2)
        .importFiles(List.of(log, log), ImportProgress.NONE, () -> true);
    assertTrue(report.cancelled());
    assertEquals(0, report.files(), "cancelled before the first file");
    int[] calls = {0};
    report = new DownloadLogImporter(db, "tester", false, 2)
        .importFiles(List.of(log, log), ImportProgress.NONE, () -> ++calls[0] > 1);
    assertTrue(report.cancelled());
    assertEquals(2, report.downloads(), "one batch, then the cancel");
    assertRollupMatchesRawRows();
  }

  /** Raw rows imported (those of the sample catalog aside) and the rollup agree per UTC day and release. */
  private void assertRollupMatchesRawRows() {
    Map<String, Long> raw = new TreeMap<>();
    for (Download d : new QDownload(db).createdDate.ge(Instant.parse("2018-02-01T00:00:00Z")).findList()) {
      raw.merge(LocalDate.ofInstant(d.getCreatedDate(), ZoneOffset.UTC) + "/" + d.getRelease().getId(), 1L, Long::sum);
    }
    Map<String, Long> rolled = new TreeMap<>();
    for (DownloadDay day : new QDownloadDay(db).findList()) {
      rolled.merge(day.getDay() + "/" + day.getRelease().getId(), day.getCount(), Long::sum);
    }
    assertEquals(raw, rolled);
  }
}
