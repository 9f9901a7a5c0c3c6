package org.packdesk.ui.downloads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.packdesk.catalog.DownloadDetail;
import org.packdesk.importer.ClientDetails;
import org.packdesk.ui.common.DirectBackground;

class DownloadDetailViewModelTest {

  private final Map<Long, DownloadDetail> catalog = new HashMap<>();
  private final DownloadDetailViewModel model = new DownloadDetailViewModel(id -> Optional.ofNullable(catalog.get(id)),
      new DirectBackground(), ZoneOffset.UTC);

  @Test
  void aPipDownloadShowsEveryPartOfItsClient() {
    catalog.put(1L, new DownloadDetail(1, Instant.parse("2018-10-10T13:55:36Z"), "requests", "requests", 5, "2.18.4",
        "requests-2.18.4.tar.gz", 1, "203.0.113.9", "pip/18.1 {...}",
        new ClientDetails("pip", "18.1", "3.6", "CPython", "Linux", "x86_64", "Ubuntu 18.04")));
    model.show(1L);

    assertEquals("2018-10-10 13:55:36", model.timeText().get());
    assertEquals("requests", model.packageText().get());
    assertEquals("2.18.4", model.releaseText().get());
    assertEquals("requests-2.18.4.tar.gz", model.fileText().get());
    assertEquals("203.0.113.9", model.addressText().get());
    assertEquals("pip 18.1", model.installerText().get());
    assertEquals("3.6", model.pythonText().get());
    assertEquals("CPython", model.implementationText().get());
    assertEquals("Linux", model.systemText().get());
    assertEquals("Ubuntu 18.04", model.distroText().get());
    assertEquals("x86_64", model.cpuText().get());
    assertTrue(model.hasUserAgent().get());
  }

  @Test
  void whatTheLogDoesNotTellSaysSo() {
    catalog.put(2L, new DownloadDetail(2, Instant.parse("2018-06-01T12:00:00Z"), "numpy", "numpy", 6, "1.14.5", null,
        3, null, null, ClientDetails.UNKNOWN));
    model.show(2L);

    assertEquals("one of the release\u2019s 3 files (the import keeps no file name)", model.fileText().get());
    assertEquals("not recorded (BigQuery exports have none)", model.addressText().get());
    assertEquals("not told", model.installerText().get());
    assertEquals("not told", model.pythonText().get());
    assertEquals("not told", model.distroText().get());
    assertFalse(model.hasUserAgent().get());
  }
}
