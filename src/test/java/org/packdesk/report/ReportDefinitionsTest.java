package org.packdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.packdesk.report.ReportSamples.column;
import static org.packdesk.report.ReportSamples.run;

import io.ebean.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.db.CatalogDatabase;

/** Every built-in report on a real H2 catalog with known contents. */
class ReportDefinitionsTest {

  @TempDir
  static Path dir;
  static CatalogDatabase catalog;
  static Database db;

  @BeforeAll
  static void fill() {
    catalog = TestCatalogs.open(dir);
    db = catalog.database();
    ReportSamples.fill(db);
  }

  @AfterAll
  static void close() {
    catalog.close();
  }

  private static List<List<Object>> rows(String id, Map<String, String> parameters) {
    return run(db, id, parameters).rows();
  }

  private static List<Object> row(Object... values) {
    return Arrays.asList(values);
  }

  @Test
  void downloadsByPackageAddsUpTheRollupMostDownloadedFirst() {
    // all time is the stored total: it also holds the sample's three downloads that no import rolled up
    assertEquals(List.of(row("numpy", 205L), row("requests", 153L), row("Flask", 70L)),
        rows("downloads-by-package", Map.of()));
  }

  @Test
  void downloadsByPackageKeepsToThePeriodAndTheTop() {
    assertEquals(List.of(row("numpy", 205L), row("Flask", 70L)),
        rows("downloads-by-package", Map.of("from", "2018-03-01")));
    assertEquals(List.of(row("requests", 150L)),
        rows("downloads-by-package", Map.of("to", "2018-01-31")));
    assertEquals(List.of(row("numpy", 205L)), rows("downloads-by-package", Map.of("top", "1")));
    assertEquals(List.of(row("requests", 140L)),
        rows("downloads-by-package", Map.of("from", "2018-01-05", "to", "2018-01-05")));
  }

  /** A period with ragged ends: its whole months come from the monthly rollup, its other days from the daily one. */
  @Test
  void downloadsInAPeriodOfPartMonthsCountEveryDayOnce() {
    // requests: 140 on 01-05 and 10 on 01-20; numpy's 5 on 03-04 fall outside
    assertEquals(List.of(row("numpy", 200L), row("requests", 150L), row("Flask", 70L)),
        rows("downloads-by-package", Map.of("from", "2018-01-03", "to", "2018-03-03")));
    assertEquals(List.of(row("numpy", "1.14.5", 200L), row("requests", "2.18.4", 150L), row("Flask", "1.0.2", 70L)),
        rows("downloads-by-release", Map.of("from", "2018-01-03", "to", "2018-03-03")));
    assertEquals(List.of(row("numpy", 205L), row("Flask", 70L)),
        rows("downloads-by-package", Map.of("from", "2018-02-01", "to", "2018-03-31")), "whole months only");
    assertEquals(List.of(row("requests", 140L)),
        rows("downloads-by-package", Map.of("from", "2017-12-30", "to", "2018-01-05")), "across a year's end");
  }

  @Test
  void downloadsByReleaseNamesPackageAndVersion() {
    assertEquals(List.of(row("numpy", "1.14.5", 205L), row("requests", "2.18.4", 153L), row("Flask", "1.0.2", 70L)),
        rows("downloads-by-release", Map.of()));
  }

  @Test
  void downloadsByMonthShowsMonthsWithoutDownloadsAsZero() {
    assertEquals(List.of(row(YearMonth.of(2018, 1), 150L), row(YearMonth.of(2018, 2), 0L),
        row(YearMonth.of(2018, 3), 275L)), rows("downloads-by-month", Map.of()));
    assertEquals(List.of(), rows("downloads-by-month", Map.of("from", "2019-01-01")));
  }

  @Test
  void downloadsByInstallerPythonAndSystem() {
    assertEquals(List.of(row("pip", 410L), row("bandersnatch", 10L), row("uv", 5L)),
        rows("downloads-by-installer", Map.of()));
    assertEquals(List.of(row("3.6", 370L), row("2.7", 40L), row("unknown", 10L), row("3.7", 5L)),
        rows("downloads-by-python", Map.of()));
    assertEquals(List.of(row("Linux", 305L), row("Darwin", 70L)),
        rows("downloads-by-system", Map.of("top", "2")));
  }

  @Test
  void catalogSummaryCountsWhatTheCatalogHolds() {
    ReportResult result = run(db, "catalog-summary", Map.of());
    Map<Object, Object> counts = new java.util.HashMap<>();
    result.rows().forEach(r -> counts.put(r.get(0), r.get(1)));
    assertEquals(6L, counts.get("Packages"));
    assertEquals(8L, counts.get("Releases"));
    assertEquals(1L, counts.get("Yanked releases"));
    assertEquals(5L, counts.get("Release files"));
    assertEquals(15_000L, counts.get("Bytes in release files"));
    assertEquals(2L, counts.get("Users"));
    assertEquals(3L, counts.get("Packages without a license"));
    assertEquals(425L, counts.get("Downloads"));
  }

  @Test
  void packagesPerLicenseCountsPackagesWithoutOne() {
    assertEquals(List.of(row("(no license)", "No license", 3L), row("BSD-3-Clause", "SPDX", 2L),
        row("Apache-2.0", "SPDX", 1L)), rows("packages-per-license", Map.of()));
  }

  @Test
  void licenseProblemsListPackagesWithoutASpdxLicense() {
    ReportResult result = run(db, "license-problems", Map.of());
    assertEquals(List.of("evil-formula", "evil-script", "unicode-pkg"), column(result, "name"));
    assertEquals(List.of("No license", "No license", "No license"), column(result, "problem"));
    assertEquals(ReportSamples.COMMAND_AUTHOR, column(result, "author").get(0));
  }

  @Test
  void licenseKindsTellSpdxFromCustomAndOtherNames() {
    assertEquals("SPDX", org.packdesk.report.definitions.LicenseKinds.kind("MIT OR Apache-2.0"));
    assertEquals("SPDX", org.packdesk.report.definitions.LicenseKinds.kind("GPL-2.0-or-later WITH Classpath-exception-2.0"));
    assertEquals("Custom", org.packdesk.report.definitions.LicenseKinds.kind("Custom (foo)"));
    assertEquals("Not an SPDX id", org.packdesk.report.definitions.LicenseKinds.kind("Public Domain"));
    assertEquals("No license", org.packdesk.report.definitions.LicenseKinds.kind(null));
  }

  @Test
  void languageMatrixHasAColumnPerDeclaredPythonVersion() {
    ReportResult result = run(db, "language-matrix", Map.of());
    assertEquals(List.of("Package", "3", "3.6"), result.columns().stream().map(ReportColumn::title).toList());
    assertEquals(List.of(row("Flask", "yes", null), row("numpy", null, "yes"), row("requests", "yes", "yes")),
        result.rows());
  }

  @Test
  void maintainerWorkloadAndSingleMaintainers() {
    assertEquals(List.of(row("Kenneth Reitz", "me@kennethreitz.com", 2L, 1L, 1L),
        row("Armin Ronacher", "Armin.Ronacher@active-4.com", 1L, 1L, 0L)), rows("maintainer-workload", Map.of()));
    ReportResult single = run(db, "single-maintainer", Map.of());
    assertEquals(List.of("requests"), column(single, "name"));
    assertEquals(List.of("Kenneth Reitz"), column(single, "maintainer"));
  }

  @Test
  void stalePackagesAreThoseSilentForTheGivenYears() {
    ReportResult all = run(db, "stale-packages", Map.of());
    assertEquals(List.of("evil-formula", "evil-script", "unicode-pkg", "requests", "Flask", "numpy"),
        column(all, "name"));
    assertEquals(LocalDate.of(2018, 6, 12), column(all, "latest").get(5));
    ReportResult seven = run(db, "stale-packages", Map.of("years", "7"));
    assertEquals(List.of("evil-formula", "evil-script", "unicode-pkg"), column(seven, "name"));
  }

  @Test
  void yankedReleasesAndLifecycleStatuses() {
    assertEquals(List.of(row("requests", "0.2.0", LocalDate.of(2011, 2, 14), "Broken packaging")),
        rows("yanked-releases", Map.of()));
    assertEquals(List.of(row("active", 6L), row("deprecated", 0L), row("archived", 0L), row("quarantined", 0L)),
        rows("lifecycle-statuses", Map.of()));
  }

  @Test
  void largestReleasesAndFiles() {
    assertEquals(List.of(row("numpy", "1.14.5", 1L, 5000L), row("Flask", "1.0.2", 1L, 4000L)),
        rows("largest-releases", Map.of("top", "2")));
    assertEquals(List.of(row("numpy-1.14.5.tar.gz", "numpy", "1.14.5", "sdist", 5000L)),
        rows("largest-files", Map.of("top", "1")));
  }

  @Test
  void wrongParametersAreRefusedWithWhatIsAllowed() {
    ReportDefinition downloads = ReportRegistry.standard().require("downloads-by-package");
    assertEquals("top must be between 1 and 1000 (was 0)", assertThrows(InvalidParameterException.class,
        () -> ReportParameters.parse(downloads, Map.of("top", "0"))).getMessage());
    assertTrue(assertThrows(InvalidParameterException.class,
        () -> ReportParameters.parse(downloads, Map.of("top", "many"))).getMessage()
        .startsWith("top must be a whole number between 1 and 1000"));
    assertTrue(assertThrows(InvalidParameterException.class,
        () -> ReportParameters.parse(downloads, Map.of("from", "31/01/2024"))).getMessage()
        .startsWith("from must be a date written as YYYY-MM-DD"));
    assertEquals("from (2024-02-01) must not be after to (2024-01-01)", assertThrows(InvalidParameterException.class,
        () -> ReportParameters.parse(downloads, Map.of("from", "2024-02-01", "to", "2024-01-01"))).getMessage());
    assertTrue(assertThrows(InvalidParameterException.class,
        () -> ReportParameters.parse(downloads, Map.of("colour", "red"))).getMessage()
        .contains("has no parameter \u201ccolour\u201d (it takes: from, to, top)"));
    assertTrue(assertThrows(InvalidParameterException.class, () -> ReportRegistry.standard().require("nope"))
        .getMessage().contains("catalog-summary"));
  }

  @Test
  void everyReportRunsOnAnEmptyCatalog(@TempDir Path empty) {
    try (CatalogDatabase fresh = TestCatalogs.open(empty)) {
      for (ReportDefinition definition : ReportRegistry.standard().all()) {
        ReportResult result = ReportSamples.runner(fresh.database()).run(definition, Map.of());
        assertEquals(definition.id(), result.definition().id());
      }
    }
  }
}
