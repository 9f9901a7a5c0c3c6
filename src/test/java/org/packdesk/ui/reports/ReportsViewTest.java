package org.packdesk.ui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.text.Text;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.packdesk.report.ReportSamples;
import org.packdesk.ui.MainWindowFixture;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A curator picks a report, sets its parameters, previews it and exports it. */
class ReportsViewTest extends MainWindowFixture {

  private final List<String> suggestedNames = new ArrayList<>();

  @Start
  void start(Stage stage) {
    openMainWindow(stage);
    ReportSamples.addToSample(context.catalog().database());
    // TestFX cannot drive the system's save dialog: this one "chooses" the name offered, in a folder of the test's
    context.dialogs().useSaveFileChooser((owner, title, folder, fileName, description, extension) -> {
      suggestedNames.add(fileName);
      return Optional.of(dir.resolve(fileName));
    });
  }

  private void openReport(String title) throws TimeoutException {
    clickOn("#nav-reports");
    clickOn(title);
    waitUntil(() -> title.equals(lookup("#reportTitle").queryAs(Label.class).getText()));
  }

  /** A title or description too long for the list's width is cut there, and whole in the item's tooltip. */
  @Test
  void aReportsWholeTitleAndDescriptionAreInItsTooltip() {
    clickOn("#nav-reports");
    ListCell<?> cell = lookup(".list-cell").queryAllAs(ListCell.class).stream()
        .filter(c -> c.getTooltip() != null && c.getTooltip().getText().startsWith("Packages with no, custom"))
        .findFirst().orElseThrow();
    assertEquals("Packages with no, custom or non-SPDX license\nPackages whose license a curator should look at:"
        + " none at all, a custom text, or a name that is not an SPDX id.", cell.getTooltip().getText());
  }

  @Test
  void previewsDownloadsByPackageAsATableAndAChartThenExportsCsv() throws Exception {
    openReport("Downloads by package");
    doubleClickOn("#param-top").write("2");
    clickOn("#param-from").write("2018-01-01");
    clickOn("#runReport");

    waitForRows("#reportPreview", (List<Object> row) -> row, List.of(List.of("numpy", 205L), List.of("requests", 150L)));
    assertCellShown("#reportPreview", "numpy");
    waitForStatus("#reportStatus", "2 rows");
    BarChart<?, ?> chart = lookup("#reportChartView").queryAs(BarChart.class);
    assertEquals(List.of("requests", "numpy"), chart.getData().get(0).getData().stream().map(XYChart.Data::getYValue)
        .toList(), "a ranking drawn across, bottom up: its first row at the top");
    assertEquals(List.of(150L, 205L), chart.getData().get(0).getData().stream().map(XYChart.Data::getXValue).toList());
    assertEquals(4, chart.getCategoryGap(), "bars as wide as their category allows (20 bars were hairlines)");
    NumberAxis counts = (NumberAxis) chart.getXAxis();
    assertEquals(List.of("0", "50", "100", "150", "200", "250"), counts.getChildrenUnmodifiable().stream()
        .filter(node -> node instanceof Text && node.isVisible()).map(node -> ((Text) node).getText()).toList(),
        "whole counts in round steps (JavaFX's own labelled 0.0, 2.5, 5.0…)");
    assertEquals(ReportCharts.BAR_FRAME + 2 * ReportCharts.BAR_ROW, chart.getMinHeight(),
        "room for every row's label: a ranking taller than the pane scrolls rather than dropping every other one");
    ScrollPane chartScroll = lookup("#reportChartScroll").queryAs(ScrollPane.class);
    interact(() -> chartScroll.setVvalue(1));
    clickOn("#runReport");
    waitUntil(() -> lookup("#reportChartView").queryAs(BarChart.class) != chart);
    assertEquals(0, chartScroll.getVvalue(), "a new run starts at its first row, wherever the last was scrolled to");

    clickOn("#exportFormat");
    clickOn("CSV");
    clickOn("#exportReport");

    Path file = dir.resolve(suggestedNames.get(0));
    assertTrue(suggestedNames.get(0).matches("downloads-by-package-\\d{4}-\\d{2}-\\d{2}\\.csv"), suggestedNames.get(0));
    waitForStatus("#reportStatus", "Exported CSV to " + file);
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(Files.readString(file).substring(1)))
        .getRecords();
    assertEquals(List.of(List.of("Package", "Downloads"), List.of("numpy", "205"), List.of("requests", "150")),
        records.stream().map(CSVRecord::toList).toList());
    assertTrue(lookup("#openExportedFile").queryAs(Hyperlink.class).isVisible());
  }

  @Test
  void aRefusedParameterIsExplainedAndNothingRuns() throws Exception {
    openReport("Downloads by package");
    doubleClickOn("#param-top").write("0");
    clickOn("#runReport");

    waitUntil(() -> "top must be between 1 and 1000 (was 0)".equals(lookup("#reportError").queryAs(Label.class)
        .getText()));
    assertTrue(table("#reportPreview").getItems().isEmpty());
    assertTrue(lookup("#exportReport").query().isDisabled());

    doubleClickOn("#param-top").write("1");
    clickOn("#runReport");
    waitForRows("#reportPreview", (List<Object> row) -> row.get(0), List.of("numpy"));
    assertFalse(lookup("#reportError").queryAs(Label.class).isVisible());
  }

  @Test
  void exportsAReportWithoutAChartAsPdf() throws Exception {
    openReport("Stale packages");
    clickOn("#runReport");
    waitForStatus("#reportStatus", "6 rows");
    assertTrue(lookup("#reportChartView").tryQuery().isEmpty());
    clickOn("#exportReport"); // PDF is the format offered first
    Path file = dir.resolve(suggestedNames.get(0));
    waitForStatus("#reportStatus", "Exported PDF to " + file);
    Label status = lookup("#reportStatus").queryAs(Label.class);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(status.getText(), ((Text) status.lookup(".text")).getText(),
        "the status (a long path) is shown whole, wrapped if need be, not cut with an ellipsis");
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
      assertTrue(text.contains("Stale packages") && text.contains("evil-formula") && text.contains("Page 1 of 1"), text);
    }
  }
}
