package org.packdesk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebean.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.catalog.paging.Direction;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.importer.DownloadLogSamples;
import org.packdesk.model.query.QRelease;

class ReleaseDetailsTest {

  @TempDir
  Path dir;
  CatalogDatabase catalog;
  Database db;

  @BeforeEach
  void open() throws Exception {
    catalog = TestCatalogs.open(dir.resolve("db"));
    db = catalog.database();
    TestCatalogs.fillSample(db);
    // requests 2.18.4: three downloads on 2018-10-10 and one on 2018-10-11
    DownloadLogSamples.importLog(db, dir, DownloadLogSamples.ACCESS_LOG);
  }

  @AfterEach
  void close() {
    catalog.close();
  }

  private ReleaseDetails on(String today) {
    return new ReleaseDetails(db, Clock.fixed(Instant.parse(today + "T10:00:00Z"), ZoneOffset.UTC));
  }

  private long id(String pkg, String version) {
    return new QRelease(db).pkg.id.eq(pkg).versionString.eq(version).findOne().getId();
  }

  @Test
  void aReleaseShowsItsFactsFilesAndDownloadsFromTheRollup() {
    ReleaseDetail release = on("2018-11-09").find(id("requests", "2.18.4")).orElseThrow();

    assertEquals("requests 2.18.4", release.label());
    assertTrue(release.pep440());
    assertFalse(release.yanked());
    assertEquals(Instant.parse("2017-08-15T13:23:43Z"), release.created());
    assertEquals(List.of("requests-2.18.4.tar.gz"), release.files().stream().map(ReleaseFileLine::filename).toList());
    assertEquals("a".repeat(64), release.files().get(0).sha256());
    // in all: the sample's three stored downloads and the four imported
    assertEquals(7, release.downloads());
    // the 30 days up to 2018-11-09 start on 2018-10-11: only that day's download is recent
    assertEquals(1, release.recentDownloads());
    assertEquals(4, on("2018-10-20").find(id("requests", "2.18.4")).orElseThrow().recentDownloads());
  }

  @Test
  void aYankedReleaseSaysWhyAndOneWithoutDownloadsCountsNone() {
    ReleaseDetail old = on("2018-11-09").find(id("requests", "0.2.0")).orElseThrow();

    assertTrue(old.yanked());
    assertEquals("Broken packaging", old.yankedReason());
    assertEquals(0, old.downloads());
    assertEquals(0, old.recentDownloads());
    assertNull(old.requiresPython());
  }

  @Test
  void aReleaseThatIsGoneIsEmpty() {
    assertTrue(on("2018-11-09").find(-1).isEmpty());
  }

  @Test
  void theReleasesTableCountsFilesAndRolledUpDownloads() {
    List<ReleaseRow> rows = new ReleasePager(db).page(ReleasePager.matching("requests"), ReleaseSort.VERSION,
        Direction.DESCENDING, null, 10).rows();

    assertEquals(List.of("2.18.4", "2.18.4rc1", "0.2.0"), rows.stream().map(ReleaseRow::version).toList());
    assertEquals(List.of(7L, 0L, 0L), rows.stream().map(ReleaseRow::downloads).toList());
    assertEquals(List.of(1, 1, 1), rows.stream().map(ReleaseRow::files).toList());
  }
}
