package org.packdesk.ui.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.packdesk.catalog.DownloadTrend;
import org.packdesk.catalog.DownloadTrend.Granularity;
import org.packdesk.catalog.DownloadTrend.Point;
import org.packdesk.ui.browse.HeldBackground;
import org.packdesk.ui.common.DirectBackground;

class DownloadTrendViewModelTest {

  private final List<String> asked = new ArrayList<>();

  private DownloadTrendViewModel model(org.packdesk.ui.browse.BrowseViewModel.Background background) {
    return new DownloadTrendViewModel((packageId, granularity) -> {
      asked.add(packageId + "/" + granularity);
      if ("flask".equals(packageId)) {
        return DownloadTrend.none(granularity);
      }
      return new DownloadTrend(granularity, LocalDate.of(2018, 10, 1), LocalDate.of(2018, 10, 11),
          List.of(new Point(LocalDate.of(2018, 10, 1), 1200), new Point(LocalDate.of(2018, 10, 8), 34)));
    }, background);
  }

  @Test
  void aPackagesTrendIsReadPerWeekFirstAndAgainForAnotherPeriod() {
    DownloadTrendViewModel model = model(new DirectBackground());
    model.showPackage("requests");

    assertEquals(DownloadTrendViewModel.State.SHOWN, model.stateProperty().get());
    assertEquals("1,234 downloads in the 2 weeks to 2018-10-11", model.captionProperty().get());
    model.granularityProperty().set(Granularity.MONTH);
    assertEquals(List.of("requests/WEEK", "requests/MONTH"), asked);
    assertEquals("1,234 downloads in the 2 months to 2018-10-11", model.captionProperty().get());
  }

  @Test
  void withoutDownloadsTheEmptyStateSaysWhose() {
    DownloadTrendViewModel model = model(new DirectBackground());
    model.showPackage("flask");
    assertEquals(DownloadTrendViewModel.State.EMPTY, model.stateProperty().get());
    assertEquals("No downloads of this package imported yet", model.emptyTextProperty().get());
    assertEquals("", model.captionProperty().get());

    model.showCatalog();
    assertEquals("No downloads imported yet", model.emptyTextProperty().get());
    assertEquals(List.of("flask/WEEK", "null/WEEK"), asked);
  }

  @Test
  void nothingIsReadBeforeItIsAskedForAndItLoadsInTheBackground() {
    HeldBackground held = new HeldBackground();
    DownloadTrendViewModel model = model(held);
    model.granularityProperty().set(Granularity.DAY);
    assertEquals(List.of(), asked);
    assertTrue(held.isIdle());

    model.showPackage("requests");
    assertEquals(DownloadTrendViewModel.State.LOADING, model.stateProperty().get());
    held.finishAll();

    assertEquals(List.of("requests/DAY"), asked);
    assertEquals(DownloadTrendViewModel.State.SHOWN, model.stateProperty().get());
    assertEquals(2, model.trendProperty().get().points().size());
  }

  @Test
  void pointsAreLabelledAndDescribedByTheirPeriod() {
    Point week = new Point(LocalDate.of(2018, 10, 8), 6);
    assertEquals("Oct 8", DownloadTrendViewModel.label(week, Granularity.WEEK));
    assertEquals("Week of 2018-10-08: 6 downloads", DownloadTrendViewModel.describe(week, Granularity.WEEK));
    Point month = new Point(LocalDate.of(2018, 10, 1), 1);
    assertEquals("Oct 2018", DownloadTrendViewModel.label(month, Granularity.MONTH));
    assertEquals("Oct 2018: 1 download", DownloadTrendViewModel.describe(month, Granularity.MONTH));
    assertEquals("2018-10-08: 6 downloads", DownloadTrendViewModel.describe(week, Granularity.DAY));
  }
}
