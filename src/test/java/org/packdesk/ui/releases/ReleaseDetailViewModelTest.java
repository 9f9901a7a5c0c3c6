package org.packdesk.ui.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.packdesk.catalog.ReleaseDetail;
import org.packdesk.catalog.ReleaseFileLine;
import org.packdesk.ui.common.DirectBackground;
import org.packdesk.ui.common.RecordingEditor;

class ReleaseDetailViewModelTest {

  private final Map<Long, ReleaseDetail> catalog = new HashMap<>();
  private final RecordingEditor editor = new RecordingEditor();
  private final ReleaseDetailViewModel model = new ReleaseDetailViewModel(id -> Optional.ofNullable(catalog.get(id)),
      new DirectBackground(), editor, ZoneOffset.UTC);

  private static ReleaseDetail release(long id, boolean pep440, boolean yanked, String reason, long downloads,
      long recent) {
    ReleaseFileLine file = new ReleaseFileLine(7, "requests-2.18.4.tar.gz", "sdist", "source", 1000L, "ab".repeat(32),
        null, null, Instant.parse("2017-08-15T13:23:43Z"));
    return new ReleaseDetail(id, "requests", "requests", "2.18.4", pep440, Instant.parse("2017-08-15T13:23:43Z"),
        ">=3.6", yanked, reason, List.of(file), downloads, recent);
  }

  @Test
  void aChosenReleaseIsWrittenForTheCurator() {
    catalog.put(1L, release(1, true, false, null, 1234, 56));
    model.show(1L);

    assertEquals("requests", model.packageText().get());
    assertEquals("2.18.4", model.versionText().get());
    assertEquals("PEP 440", model.schemeText().get());
    assertEquals("2017-08-15 13:23:43", model.uploadedText().get());
    assertEquals(">=3.6 (the package\u2019s)", model.requiresPythonText().get());
    assertEquals("1,234 in all \u00b7 56 in the last 30 days", model.downloadsText().get());
    assertEquals("Not yanked", model.yankedText().get());
    assertEquals("1 file", model.filesTitle().get());
    assertEquals(1, model.files().size());
    assertTrue(model.canYank().get());
    assertFalse(model.canUnyank().get());
  }

  @Test
  void aLegacyYankedReleaseWithoutDownloadsSaysSo() {
    catalog.put(2L, release(2, false, true, "Broken packaging", 0, 0));
    model.show(2L);

    assertEquals("Legacy (not PEP 440)", model.schemeText().get());
    assertEquals("Yanked: Broken packaging", model.yankedText().get());
    assertEquals("None imported", model.downloadsText().get());
    assertFalse(model.canYank().get());
    assertTrue(model.canUnyank().get());
  }

  @Test
  void yankAndUnyankGoThroughTheJournal() {
    catalog.put(1L, release(1, true, false, null, 0, 0));
    model.show(1L);
    model.yank("broken wheel");
    catalog.put(1L, release(1, true, true, "broken wheel", 0, 0));
    model.reload();
    model.unyank();

    assertEquals(2, editor.performed.size());
    assertEquals("Yank requests 2.18.4 (broken wheel)", editor.performed.get(0).description());
    assertTrue(editor.performed.get(1).description().contains("requests 2.18.4"), editor.performed.get(1).description());
  }

  @Test
  void aRefusedYankShowsWhyUntilAnotherReleaseIsChosen() {
    catalog.put(1L, release(1, true, false, null, 0, 0));
    catalog.put(2L, release(2, true, false, null, 0, 0));
    model.show(1L);
    editor.refuseWith("Someone else changed requests 2.18.4");
    model.yank("broken");

    assertEquals("Someone else changed requests 2.18.4", model.problemProperty().get());
    model.show(2L);
    assertEquals("", model.problemProperty().get());
  }

  @Test
  void aDeletedReleaseShowsNothing() {
    model.show(9L);

    assertNull(model.detailProperty().get());
    assertTrue(model.files().isEmpty());
    assertEquals("", model.packageText().get());
  }
}
