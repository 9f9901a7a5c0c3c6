package org.packdesk.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.packdesk.catalog.AuditFilter;
import org.packdesk.catalog.AuditRow;
import org.packdesk.ui.browse.HeldBackground;

/** The journal's filters and what its status line says, without a toolkit or a database. */
class JournalViewModelTest {

  private static final AuditRow UNDO = new AuditRow(2, Instant.parse("2024-05-02T10:00:00Z"), "ann", "undo",
      "package", "numpy", "Undo: Edit numpy");

  final HeldBackground background = new HeldBackground();
  final List<AuditFilter> searched = new ArrayList<>();
  JournalViewModel model;

  @BeforeEach
  void create() {
    model = new JournalViewModel((filter, limit) -> {
      searched.add(filter);
      return filter.action() == null || filter.action().equals("undo") ? List.of(UNDO) : List.of();
    }, () -> new JournalViewModel.Choices(List.of("import", "undo", "update"), List.of("ann", "bob")),
        background, ZoneId.of("UTC"));
  }

  private AuditFilter lastSearch() {
    return searched.get(searched.size() - 1);
  }

  @Test
  void offersAllAndTheJournalsActionsAndCurators() {
    assertEquals(List.of(JournalViewModel.ALL_ACTIONS), model.actionChoices());
    model.loadChoices();
    background.finishAll();
    assertEquals(List.of("All actions", "import", "undo", "update"), model.actionChoices());
    assertEquals(List.of("All curators", "ann", "bob"), model.curatorChoices());
  }

  @Test
  void changingAFilterSearchesAgainWithIt() {
    model.refresh();
    background.finishAll();
    assertEquals(AuditFilter.text(""), lastSearch());
    assertEquals("1 entry", model.statusProperty().get());
    assertFalse(model.filtered().get());

    model.actionProperty().set("undo");
    model.curatorProperty().set("ann");
    model.searchTextProperty().set("numpy");
    model.refresh();
    background.finishAll();

    assertEquals(new AuditFilter("numpy", "undo", "ann", null, null), lastSearch());
    assertEquals("1 entry matching \u201cnumpy\u201d, action \u201cundo\u201d, by ann", model.statusProperty().get());
    assertTrue(model.filtered().get());
  }

  @Test
  void theDateRangeCoversWholeDaysInTheCuratorsZone() {
    model.fromProperty().set(LocalDate.of(2024, 5, 1));
    model.toProperty().set(LocalDate.of(2024, 5, 3));
    background.finishAll();
    assertEquals(Instant.parse("2024-05-01T00:00:00Z"), lastSearch().from());
    assertEquals(Instant.parse("2024-05-04T00:00:00Z"), lastSearch().until(), "the last day counts whole");
    assertEquals("1 entry, from 2024-05-01, until 2024-05-03", model.statusProperty().get());
  }

  @Test
  void saysWhenTheFiltersLeaveNothing() {
    model.actionProperty().set("import");
    background.finishAll();
    assertTrue(model.rows().isEmpty());
    assertEquals("No entry with action \u201cimport\u201d.", model.placeholderProperty().get());
  }

  @Test
  void aComboBoxWithoutValueMeansAll() {
    model.actionProperty().set(null);
    background.finishAll();
    assertEquals(null, lastSearch().action());
    assertEquals("1 entry", model.statusProperty().get());
  }

  @Test
  void resetShowsEverythingAgain() {
    model.actionProperty().set("undo");
    model.curatorProperty().set("bob");
    model.fromProperty().set(LocalDate.of(2024, 5, 1));
    model.resetFilters();
    background.finishAll();
    assertEquals(AuditFilter.text(""), lastSearch());
    assertEquals(JournalViewModel.ALL_ACTIONS, model.actionProperty().get());
    assertFalse(model.filtered().get());
  }
}
