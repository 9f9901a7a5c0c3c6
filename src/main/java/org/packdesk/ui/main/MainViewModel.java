package org.packdesk.ui.main;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.packdesk.catalog.CatalogCounts;

/** The main window's state: which section is shown, and the status bar's summary. */
public final class MainViewModel {

  /** The sections of the navigation, each backed by one view in fxml/. */
  public enum Section {
    DASHBOARD("Dashboard", "dashboard"),
    PACKAGES("Packages", "packages"),
    RELEASES("Releases", "releases"),
    USERS("Users", "users"),
    LICENSES("Licenses", "licenses"),
    LANGUAGES("Languages", "languages"),
    DOWNLOADS("Downloads", "downloads"),
    REPORTS("Reports", "reports"),
    JOURNAL("Journal", "journal");

    private final String title;
    private final String view;

    Section(String title, String view) {
      this.title = title;
      this.view = view;
    }

    public String title() {
      return title;
    }

    public String view() {
      return view;
    }
  }

  private final ObjectProperty<Section> section = new SimpleObjectProperty<>(this, "section", Section.DASHBOARD);
  private final ReadOnlyStringWrapper countsText = new ReadOnlyStringWrapper(this, "countsText", "Counting\u2026");

  public ObjectProperty<Section> sectionProperty() {
    return section;
  }

  public ReadOnlyStringProperty countsTextProperty() {
    return countsText.getReadOnlyProperty();
  }

  public void showCounts(CatalogCounts counts) {
    countsText.set(String.format("%,d packages \u00b7 %,d releases \u00b7 %,d files \u00b7 %,d users \u00b7 %,d downloads",
        counts.packages(), counts.releases(), counts.releaseFiles(), counts.users(), counts.downloads()));
  }
}
