package org.packdesk.ui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A bar chart's axis labels stay short enough to leave the bars room, and tell every bar apart. */
class ReportChartsTest {

  @Test
  void aLongLabelKeepsItsStartAndItsEnd() {
    String label = ReportCharts.shorten("numeric_grammar_spatial 2009.11.18");
    assertEquals(ReportCharts.LABEL_MAX, label.length());
    assertEquals("numeric_\u2026009.11.18", label);
    assertEquals("dotenv-v\u2026ead 1.0.9", ReportCharts.shorten("dotenv-valid-thread 1.0.9"));
  }

  @Test
  void shortLabelsAreLeftAlone() {
    assertEquals(List.of("numpy 1.14.3", "2026-10", "requests"),
        ReportCharts.axisLabels(List.of("numpy 1.14.3", "2026-10", "requests")));
  }

  @Test
  void labelsThatWouldReadTheSameShortenedStayWhole() {
    List<String> labels = List.of("aaaaaaaa-11111-bbbbbbbbb", "aaaaaaaa-22222-bbbbbbbbb", "numpy");
    assertEquals(labels, ReportCharts.axisLabels(labels));
    assertEquals(List.of("dotenv-v\u2026ead 1.0.9", "dotenv-v\u2026ead 1.0.8"),
        ReportCharts.axisLabels(List.of("dotenv-valid-thread 1.0.9", "dotenv-valid-thread 1.0.8")));
  }
}
