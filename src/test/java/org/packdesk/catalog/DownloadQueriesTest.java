package org.packdesk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.packdesk.model.Download;
import org.packdesk.model.Release;
import org.packdesk.model.query.QRelease;

class DownloadQueriesTest {

  @TempDir
  Path dir;
  CatalogDatabase catalog;
  DownloadPages downloads;

  @BeforeEach
  void open() {
    catalog = TestCatalogs.open(dir);
    TestCatalogs.fillSample(catalog.database());
    downloads = new DownloadPages(catalog.database());
  }

  @AfterEach
  void close() {
    catalog.close();
  }

  @Test
  void listsDownloadsNewestFirst() {
    List<DownloadRow> rows = search("", 100);
    assertEquals(List.of(Instant.parse("2018-01-03T12:00:00Z"), Instant.parse("2018-01-02T12:00:00Z"),
        Instant.parse("2018-01-01T12:00:00Z")), rows.stream().map(DownloadRow::created).toList());
    DownloadRow newest = rows.get(0);
    assertEquals("requests", newest.packageName());
    assertEquals("2.18.4", newest.version());
    assertEquals("203.0.113.2", newest.ipAddress());
    assertEquals("pip/10.0.1 {\"python\":\"3.6.5\"}", newest.userAgent());
  }

  @Test
  void findsDownloadsByPackageAgentOrAddress() {
    Release flask = new QRelease(catalog.database()).pkg.id.eq("flask").findOne();
    Download download = new Download(flask, Instant.parse("2018-07-01T08:30:00Z"));
    download.setIpAddress("198.51.100.7");
    download.setUserAgent("Mozilla/5.0 (X11; Linux x86_64)");
    catalog.database().save(download);

    assertEquals(List.of("Flask"), packages(search("FLASK", 100)));
    assertEquals(List.of("Flask"), packages(search("mozilla linux", 100)));
    assertEquals(3, search("pip/10", 100).size());
    assertEquals(List.of("requests"), packages(search("203.0.113.1", 100)));
    assertEquals(4, search(" ", 100).size());
  }

  @Test
  void stopsAtTheLimitKeepingTheNewest() {
    assertEquals(List.of(Instant.parse("2018-01-03T12:00:00Z")),
        search("", 1).stream().map(DownloadRow::created).toList());
  }

  /** The first {@code limit} downloads matching {@code text}, as the table's first page shows them. */
  private List<DownloadRow> search(String text, int limit) {
    return downloads.search(DownloadFilter.text(text), DownloadSort.DATE, Direction.DESCENDING, limit).page(0);
  }

  private static List<String> packages(List<DownloadRow> rows) {
    return rows.stream().map(DownloadRow::packageName).toList();
  }
}
