package org.packdesk.ui.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.packdesk.importer.DownloadLogSamples;
import org.packdesk.ui.EditingFixture;
import org.testfx.framework.junit5.Start;

/** The dashboard and the package detail show download trends once downloads are imported. */
class DownloadTrendChartTest extends EditingFixture {

  @Start
  void start(Stage stage) {
    openMainWindow(stage);
  }

  private void importRecentDownloads() throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    DownloadLogSamples.importLog(context.catalog().database(), dir, String.join("\n",
        DownloadLogSamples.accessLine("203.0.113.1", now.minus(1, ChronoUnit.HOURS), "requests-2.18.4.tar.gz"),
        DownloadLogSamples.accessLine("203.0.113.2", now.minus(1, ChronoUnit.HOURS), "requests-2.18.4.tar.gz"),
        DownloadLogSamples.accessLine("203.0.113.3", now.minus(40, ChronoUnit.DAYS), "requests-2.18.4.tar.gz"), ""));
    interact(context::catalogChanged);
  }

  @SuppressWarnings("unchecked")
  private long bars(String chart) {
    BarChart<String, Number> bars = lookup(chart).queryAs(BarChart.class);
    return bars.getData().isEmpty() ? 0 : bars.getData().get(0).getData().stream()
        .mapToLong(d -> d.getYValue().longValue()).sum();
  }

  @Test
  void theDashboardOffersTheImportUntilDownloadsAreThereThenChartsThem() throws Exception {
    waitUntil(() -> lookup("#catalogTrendEmpty").tryQuery().map(n -> n.isVisible()).orElse(false));
    waitForShown("#catalogTrendEmpty .label", "No downloads imported yet");
    waitForShown("#catalogTrendEmpty .hyperlink", "Import downloads\u2026");
    assertFalse(lookup("#catalogTrendDay").query().isManaged(), "no period to choose before any download");
    assertFalse(lookup("#catalogTrendCaption").query().isManaged());

    importRecentDownloads();

    waitUntil(() -> lookup("#catalogTrendChart").query().isVisible());
    assertTrue(lookup("#catalogTrendDay").query().isVisible());
    waitUntil(() -> bars("#catalogTrendChart") == 3);
    assertEquals(26, ((BarChart<?, ?>) lookup("#catalogTrendChart").query()).getData().get(0).getData().size());
    waitUntil(() -> ((Labeled) lookup("#catalogTrendCaption").query()).getText().startsWith("3 downloads in the 26 weeks"));

    clickOn("#catalogTrendDay");
    waitUntil(() -> ((Labeled) lookup("#catalogTrendCaption").query()).getText().startsWith("2 downloads in the 30 days"));
    clickOn("#catalogTrendMonth");
    waitUntil(() -> ((Labeled) lookup("#catalogTrendCaption").query()).getText().startsWith("3 downloads in the 24 months"));
  }

  @Test
  void thePackageDetailShowsItsOwnTrendUnderTheSummary() throws Exception {
    importRecentDownloads();
    clickOn("#nav-packages");
    clickCell("#packagesTable", "requests");
    waitUntil(() -> lookup("#packageTrendChart").query().isVisible() && bars("#packageTrendChart") == 3);

    clickCell("#packagesTable", "Flask");
    waitForShown("#packageTrendEmpty .label", "No downloads of this package imported yet");
    assertTrue(!lookup("#packageTrendChart").query().isVisible());
  }
}
