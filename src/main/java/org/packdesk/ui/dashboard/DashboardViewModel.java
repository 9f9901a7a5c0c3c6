package org.packdesk.ui.dashboard;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.packdesk.catalog.CatalogCounts;
import org.packdesk.catalog.DashboardQueries.MonthCount;
import org.packdesk.catalog.DashboardQueries.PackageSize;
import org.packdesk.catalog.DashboardQueries.RecentRelease;

/** What the dashboard shows, and whether the catalog is still empty (then it welcomes). */
public final class DashboardViewModel {

  /** Everything the dashboard needs, loaded in one background trip. */
  public record Snapshot(CatalogCounts counts, List<RecentRelease> latest, List<MonthCount> perMonth,
      List<PackageSize> largest) {
  }

  private final ReadOnlyObjectWrapper<CatalogCounts> counts =
      new ReadOnlyObjectWrapper<>(this, "counts", CatalogCounts.EMPTY);
  private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", false);
  private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
  private final ObservableList<RecentRelease> latestReleases = FXCollections.observableArrayList();
  private final ObservableList<PackageSize> largestPackages = FXCollections.observableArrayList();
  private final ObservableList<MonthCount> releasesPerMonth = FXCollections.observableArrayList();

  public void show(Snapshot snapshot) {
    counts.set(snapshot.counts());
    empty.set(snapshot.counts().isEmpty());
    latestReleases.setAll(snapshot.latest());
    largestPackages.setAll(snapshot.largest());
    releasesPerMonth.setAll(snapshot.perMonth());
    loaded.set(true);
  }

  public ReadOnlyObjectProperty<CatalogCounts> countsProperty() {
    return counts.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty emptyProperty() {
    return empty.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty loadedProperty() {
    return loaded.getReadOnlyProperty();
  }

  public ObservableList<PackageSize> largestPackages() {
    return largestPackages;
  }

  public ObservableList<RecentRelease> latestReleases() {
    return latestReleases;
  }

  public ObservableList<MonthCount> releasesPerMonth() {
    return releasesPerMonth;
  }
}
