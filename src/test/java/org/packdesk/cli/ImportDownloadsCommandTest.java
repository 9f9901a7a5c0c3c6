package org.packdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.cli.InfoCommandTest.Result;
import org.packdesk.db.CatalogDatabase;

/** {@code import downloads} as a curator's script runs it. */
class ImportDownloadsCommandTest {

  private static final String LOG = "203.0.113.9 - - [10/Oct/2018:13:55:36 +0000] \"GET /p/requests-2.18.4.tar.gz HTTP/1.1\""
      + " 200 5 \"-\" \"pip/18.1 {\\\"python\\\":\\\"3.6.5\\\"}\"\n"
      + "203.0.113.10 - - [10/Oct/2018:13:55:37 +0000] \"GET /p/django-2.1.tar.gz HTTP/1.1\" 200 5 \"-\" \"curl/7.58.0\"\n";

  @TempDir
  Path dir;
  String db;

  @BeforeEach
  void catalog() {
    try (CatalogDatabase catalog = TestCatalogs.open(dir)) {
      TestCatalogs.fillSample(catalog.database());
    }
    db = dir.resolve("catalog").toString();
  }

  @Test
  void skippedLinesAreReportedWithExamplesAndStillExitZero() throws Exception {
    Path log = Files.writeString(dir.resolve("access.log"), LOG);
    Result result = InfoCommandTest.run("import", "downloads", "--anonymize", "--db", db, log.toString());
    assertEquals(0, result.exitCode(), result.out() + result.err());
    assertTrue(result.out().matches("(?s).*Downloads:\\s+1 imported.*"), result.out());
    assertTrue(result.out().contains("Skipped, file not in the catalog: 1, for example"), result.out());
    assertTrue(result.out().contains("access.log:2: 203.0.113.10"), result.out());
    Result info = InfoCommandTest.run("info", "--db", db);
    assertTrue(info.out().matches("(?s).*downloads:\\s+4.*"), info.out());
  }

  @Test
  void aRejectedFileExitsOneAndTheOthersAreImported() throws Exception {
    Path log = Files.writeString(dir.resolve("access.log"), LOG);
    Path fake = Files.writeString(dir.resolve("old.log.gz"), LOG);
    Result result = InfoCommandTest.run("import", "downloads", "--db", db, log.toString(), fake.toString());
    assertEquals(1, result.exitCode(), result.out() + result.err());
    assertTrue(result.out().contains("Rejected files:"), result.out());
    assertTrue(result.out().contains("old.log.gz: is named .gz but is not gzip-compressed"), result.out());
    assertTrue(result.out().matches("(?s).*Downloads:\\s+1 imported.*"), result.out());
  }

  @Test
  void aMissingFileOrAFolderIsAUsageError() {
    Result missing = InfoCommandTest.run("import", "downloads", "--db", db, dir.resolve("nope.log").toString());
    assertEquals(2, missing.exitCode());
    assertTrue(missing.err().contains("nope.log does not exist"), missing.err());
    Result folder = InfoCommandTest.run("import", "downloads", "--db", db, dir.toString());
    assertEquals(2, folder.exitCode());
    assertTrue(folder.err().contains("is a folder"), folder.err());
    assertEquals(2, InfoCommandTest.run("import", "downloads", "--db", db).exitCode(), "no file named");
  }
}
