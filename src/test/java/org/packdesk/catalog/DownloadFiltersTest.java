package org.packdesk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.catalog.paging.Direction;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.importer.ClientDetails;
import org.packdesk.importer.DownloadLogSamples;
import org.packdesk.model.query.QDownload;

/** The downloads table's filters and detail, on the sample catalog with the sample access log imported. */
class DownloadFiltersTest {

  @TempDir
  Path dir;
  CatalogDatabase catalog;
  DownloadQueries downloads;

  @BeforeEach
  void open() throws Exception {
    catalog = TestCatalogs.open(dir.resolve("db"));
    TestCatalogs.fillSample(catalog.database());
    DownloadLogSamples.importLog(catalog.database(), dir, DownloadLogSamples.ACCESS_LOG);
    downloads = new DownloadQueries(catalog.database());
  }

  @AfterEach
  void close() {
    catalog.close();
  }

  private List<String> addresses(DownloadFilter filter) {
    return firstPage(filter, 100).stream().map(DownloadRow::ipAddress).toList();
  }

  /** The first {@code size} downloads {@code filter} lets through, newest first, as the table's first page shows them. */
  private List<DownloadRow> firstPage(DownloadFilter filter, int size) {
    return new DownloadPages(catalog.database()).search(filter, DownloadSort.DATE, Direction.DESCENDING, size).page(0);
  }

  @Test
  void theInstallerPythonAndSystemAreThoseTheUserAgentNames() {
    assertEquals(List.of("198.51.100.9", "198.51.100.8", "203.0.113.10", "203.0.113.9", "203.0.113.2", "203.0.113.1",
        "203.0.113.0"), addresses(DownloadFilter.ALL.withClient("pip", null, null)));
    assertEquals(List.of("203.0.113.10", "203.0.113.9", "203.0.113.2", "203.0.113.1", "203.0.113.0"),
        addresses(DownloadFilter.ALL.withClient(null, "3.6", null)));
    assertEquals(List.of("198.51.100.9", "203.0.113.10", "203.0.113.9"),
        addresses(DownloadFilter.ALL.withClient(null, null, "Linux")));
    assertEquals(List.of("198.51.100.7"), addresses(DownloadFilter.text("flask").withClient("curl", null, null)));
    assertEquals(List.of(), addresses(DownloadFilter.ALL.withClient("pip", "2.7", "Windows")));
  }

  @Test
  void aPackageAndATimeRangeNarrowToo() {
    assertEquals(7, addresses(DownloadFilter.ALL.withPackage("REQUESTS")).size());
    assertEquals(List.of("198.51.100.9"), addresses(DownloadFilter.ALL.withPackage("numpy").withClient("pip", null, "Linux")));
    assertEquals(List.of(), addresses(DownloadFilter.ALL.withPackage("no-such-package")));
    DownloadFilter eleventh = DownloadFilter.ALL.between(Instant.parse("2018-10-11T00:00:00Z"),
        Instant.parse("2018-10-12T00:00:00Z"));
    assertEquals(List.of("198.51.100.9", "198.51.100.8"), addresses(eleventh));
    assertEquals(List.of("198.51.100.9"), addresses(eleventh.withClient(null, "2.7", null)));
  }

  @Test
  void theCapKeepsTheNewestMatches() {
    assertEquals(List.of("198.51.100.9", "198.51.100.8"),
        firstPage(DownloadFilter.ALL.withClient("pip", null, null), 2).stream().map(DownloadRow::ipAddress).toList());
  }

  @Test
  void theChoicesAreTheClientsOfTheRollupInOrder() {
    DownloadQueries.Choices choices = downloads.choices();

    assertEquals(List.of("bandersnatch", "curl", "pip"), choices.installers());
    assertEquals(List.of("2.7", "3.6", "unknown"), choices.pythons());
    assertEquals(List.of("Linux", "unknown"), choices.systems());
  }

  @Test
  void aDownloadsDetailParsesItsUserAgent() {
    long id = new QDownload(catalog.database()).ipAddress.eq("203.0.113.9").findOne().getId();
    DownloadDetail detail = new DownloadDetails(catalog.database()).find(id).orElseThrow();

    assertEquals("requests", detail.packageName());
    assertEquals("2.18.4", detail.version());
    assertEquals("requests-2.18.4.tar.gz", detail.file());
    assertEquals(Instant.parse("2018-10-10T13:55:36Z"), detail.created());
    assertEquals(new ClientDetails("pip", "18.1", "3.6", "CPython", "Linux", "x86_64", "Ubuntu 18.04"), detail.client());
    assertTrue(detail.userAgent().startsWith("pip/18.1 {\"ci\":null"), detail.userAgent());
    assertTrue(new DownloadDetails(catalog.database()).find(-1).isEmpty());
  }
}
