package org.packdesk.ui.trends;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.packdesk.catalog.DownloadTrend;
import org.packdesk.catalog.DownloadTrend.Granularity;
import org.packdesk.catalog.DownloadTrend.Point;
import org.packdesk.ui.browse.BrowseViewModel;
import org.packdesk.ui.browse.DetailLoader;

/**
 * A download trend chart's state: whose downloads (a package's, or the catalog's), per day, week
 * or month, read in the background; the newest request wins. Choosing another period length reads
 * the trend again.
 */
public final class DownloadTrendViewModel {

  /** Reads a recent trend; {@code packageId} null for the whole catalog. Runs off the FX thread. */
  @FunctionalInterface
  public interface Source {
    DownloadTrend recent(String packageId, Granularity granularity) throws Exception;
  }

  /** What the chart shows: nothing asked yet or loading, no downloads, or a trend. */
  public enum State { LOADING, EMPTY, SHOWN }

  private record Request(String packageId, Granularity granularity) {
  }

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

  private final DetailLoader<Request, DownloadTrend> loader;
  private final ObjectProperty<Granularity> granularity = new SimpleObjectProperty<>(this, "granularity", Granularity.WEEK);
  private final ReadOnlyObjectWrapper<DownloadTrend> trend = new ReadOnlyObjectWrapper<>(this, "trend");
  private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.LOADING);
  private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
  private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText", "");
  private boolean asked;
  private String packageId;

  public DownloadTrendViewModel(Source source, BrowseViewModel.Background background) {
    this.loader = new DetailLoader<>(background,
        request -> Optional.of(source.recent(request.packageId(), request.granularity())), this::showTrend);
    granularity.addListener((obs, old, now) -> reload());
  }

  /** Shows the downloads of the package {@code id}. */
  public void showPackage(String id) {
    show(id);
  }

  /** Shows the downloads of every package. */
  public void showCatalog() {
    show(null);
  }

  private void show(String id) {
    asked = true;
    packageId = id;
    emptyText.set(id == null ? "No downloads imported yet" : "No downloads of this package imported yet");
    reload();
  }

  /** Reads the trend again (the catalog changed, or another period length was chosen). */
  public void reload() {
    if (asked) {
      if (trend.get() == null) {
        state.set(State.LOADING);
      }
      loader.load(new Request(packageId, granularity.get()));
    }
  }

  private void showTrend(DownloadTrend shown) {
    trend.set(shown);
    state.set(shown == null ? State.LOADING : shown.isEmpty() ? State.EMPTY : State.SHOWN);
    caption.set(shown == null || shown.isEmpty() ? "" : caption(shown));
  }

  public ObjectProperty<Granularity> granularityProperty() {
    return granularity;
  }

  /** The trend shown; null until the first is read. */
  public ReadOnlyObjectProperty<DownloadTrend> trendProperty() {
    return trend.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<State> stateProperty() {
    return state.getReadOnlyProperty();
  }

  /** "1,234 downloads in the 26 weeks to 2018-10-11". */
  public ReadOnlyStringProperty captionProperty() {
    return caption.getReadOnlyProperty();
  }

  /** What the chart says when there is nothing to draw. */
  public ReadOnlyStringProperty emptyTextProperty() {
    return emptyText.getReadOnlyProperty();
  }

  /** A point's label on the axis: "Oct 8" for a day or a week (its Monday), "Oct 2018" for a month. */
  public static String label(Point point, Granularity granularity) {
    return (granularity == Granularity.MONTH ? MONTH : DAY).format(point.start());
  }

  /** A point's tooltip: "Week of 2018-10-08: 6 downloads". */
  public static String describe(Point point, Granularity granularity) {
    String period = switch (granularity) {
      case DAY -> point.start().toString();
      case WEEK -> "Week of " + point.start();
      case MONTH -> MONTH.format(point.start());
    };
    return period + ": " + (point.downloads() == 1 ? "1 download" : String.format("%,d downloads", point.downloads()));
  }

  private static String caption(DownloadTrend shown) {
    String periods = switch (shown.granularity()) {
      case DAY -> "days";
      case WEEK -> "weeks";
      case MONTH -> "months";
    };
    long total = shown.total();
    return String.format("%s in the %d %s to %s", total == 1 ? "1 download" : String.format("%,d downloads", total),
        shown.points().size(), periods, shown.to());
  }
}
