package org.packdesk.ui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.packdesk.report.ReportDefinition;
import org.packdesk.report.ReportParameters;
import org.packdesk.report.ReportRegistry;
import org.packdesk.report.ReportResult;
import org.packdesk.report.export.ExportFormat;

/** The Reports section's state, without a toolkit. */
class ReportsViewModelTest {

  private final ReportRegistry registry = ReportRegistry.standard();
  private final ReportsViewModel model = new ReportsViewModel(registry.all());
  private final ReportDefinition downloads = registry.require("downloads-by-package");

  private ReportResult result(ReportDefinition definition, List<List<Object>> rows) {
    return new ReportResult(definition, ReportParameters.parse(definition, Map.of()), definition.columns(), rows,
        "catalog", Instant.parse("2024-06-01T00:00:00Z"));
  }

  @Test
  void choosingAReportOffersItsParametersAtTheirDefaults() {
    model.select(downloads);
    assertEquals(List.of("from", "to", "top"), model.fields().stream().map(f -> f.parameter().key()).toList());
    assertEquals(List.of("", "", "20"), model.fields().stream().map(f -> f.textProperty().get()).toList());
    assertTrue(model.canRun().get());
    assertFalse(model.canExport().get());
  }

  @Test
  void aRefusedValueIsShownAndGivesNoParameters() {
    model.select(downloads);
    model.fields().get(2).textProperty().set("5000");
    assertTrue(model.parameters().isEmpty());
    assertEquals("top must be between 1 and 1000 (was 5000)", model.errorProperty().get());
    model.fields().get(2).textProperty().set("5");
    assertEquals(5L, model.parameters().orElseThrow().integer("top"));
    assertEquals("", model.errorProperty().get());
  }

  @Test
  void aResultIsShownAndExportableUntilAnotherReportIsChosen() {
    model.select(downloads);
    model.runStarted();
    assertFalse(model.canRun().get());
    model.showResult(result(downloads, List.of(List.of("numpy", 5L))));
    assertEquals("1 row", model.statusProperty().get());
    assertTrue(model.canExport().get());
    model.formatProperty().set(ExportFormat.XLSX);
    assertEquals("downloads-by-package-2024-06-01.xlsx", model.suggestedFileName(LocalDate.of(2024, 6, 1)));

    model.exportStarted(Path.of("/tmp/x.xlsx"));
    assertFalse(model.canExport().get());
    model.exportDone(Path.of("/tmp/x.xlsx"));
    assertEquals("Exported XLSX to /tmp/x.xlsx", model.statusProperty().get());
    assertEquals(Path.of("/tmp"), model.exportFolder());

    model.select(registry.require("catalog-summary"));
    assertNull(model.resultProperty().get());
    assertNull(model.exportedProperty().get());
  }

  @Test
  void aLateResultOfAnotherReportIsDropped() {
    model.select(downloads);
    model.runStarted();
    model.select(registry.require("stale-packages"));
    model.showResult(result(downloads, List.of()));
    assertNull(model.resultProperty().get());
    assertTrue(model.canRun().get(), "the run is over");
  }
}
