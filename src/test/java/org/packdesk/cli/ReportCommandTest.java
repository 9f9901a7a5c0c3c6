package org.packdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.report.ReportSamples;

/** {@code report} as a script runs it. */
class ReportCommandTest {

  @TempDir
  Path dir;
  String db;

  @BeforeEach
  void fill() {
    try (CatalogDatabase catalog = TestCatalogs.open(dir)) {
      ReportSamples.fill(catalog.database());
    }
    db = dir.resolve("catalog").toString();
  }

  @Test
  void listNamesEveryReportWithItsParameters() {
    InfoCommandTest.Result result = InfoCommandTest.run("report", "--list");
    assertEquals(0, result.exitCode(), result.err());
    for (String id : List.of("catalog-summary", "downloads-by-package", "downloads-by-month", "license-problems",
        "language-matrix", "maintainer-workload", "stale-packages", "largest-files")) {
      assertTrue(result.out().contains(id), id);
    }
    assertTrue(result.out().contains("top=top (1..1000, default 20)"), result.out());
  }

  @Test
  void exportsCsvWithParameters() throws Exception {
    Path out = dir.resolve("top.csv");
    InfoCommandTest.Result result = InfoCommandTest.run("report", "downloads-by-package", "--format", "csv",
        "--out", out.toString(), "--param", "top=2", "--from", "2018-01-01", "--db", db);
    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.out().contains("Wrote Downloads by package (CSV, 2 rows)"), result.out());
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(Files.readString(out).substring(1))).getRecords();
    assertEquals(List.of("Package", "Downloads"), records.get(0).toList());
    assertEquals(List.of("numpy", "205"), records.get(1).toList());
    assertEquals(List.of("requests", "150"), records.get(2).toList());
  }

  @Test
  void theFormatFollowsTheFileExtension() throws Exception {
    for (String extension : List.of("html", "pdf", "xlsx")) {
      Path out = dir.resolve("summary." + extension);
      InfoCommandTest.Result result = InfoCommandTest.run("report", "catalog-summary", "--out", out.toString(),
          "--db", db);
      assertEquals(0, result.exitCode(), result.err());
      assertTrue(Files.size(out) > 0);
    }
  }

  @Test
  void wrongParametersAreUsageErrorsThatWriteNothing() {
    Path out = dir.resolve("never.csv");
    InfoCommandTest.Result top = InfoCommandTest.run("report", "downloads-by-package", "--out", out.toString(),
        "--top", "0", "--db", db);
    assertEquals(2, top.exitCode());
    assertTrue(top.err().contains("top must be between 1 and 1000"), top.err());
    InfoCommandTest.Result unknown = InfoCommandTest.run("report", "downloads-by-pkg", "--out", out.toString(),
        "--db", db);
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().contains("There is no report \u201cdownloads-by-pkg\u201d"), unknown.err());
    InfoCommandTest.Result format = InfoCommandTest.run("report", "catalog-summary", "--out", out.toString(),
        "--format", "docx", "--db", db);
    assertEquals(2, format.exitCode());
    assertTrue(format.err().contains("use csv, html, pdf or xlsx"), format.err());
    InfoCommandTest.Result folder = InfoCommandTest.run("report", "catalog-summary", "--out",
        dir.resolve("missing/x.csv").toString(), "--db", db);
    assertEquals(2, folder.exitCode());
    assertTrue(folder.err().contains("does not exist"), folder.err());
    assertFalse(Files.exists(out));
  }
}
