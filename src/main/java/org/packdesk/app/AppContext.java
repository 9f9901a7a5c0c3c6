package org.packdesk.app;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import org.packdesk.catalog.CatalogStatistics;
import org.packdesk.catalog.DashboardQueries;
import org.packdesk.catalog.DownloadQueries;
import org.packdesk.catalog.LanguageQueries;
import org.packdesk.catalog.LicenseQueries;
import org.packdesk.catalog.PackageDetails;
import org.packdesk.catalog.PackageEditing;
import org.packdesk.catalog.PackageSearch;
import org.packdesk.catalog.edit.ChangeJournal;
import org.packdesk.catalog.ReleaseQueries;
import org.packdesk.catalog.UserQueries;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.importer.PypiImporter;
import org.packdesk.ui.common.DialogService;

/**
 * Everything a view needs, wired once: the open catalog, its services, the background task
 * runner and the dialog service. Views receive it through their controller's constructor.
 */
public final class AppContext implements AutoCloseable {

  private final CatalogDatabase catalog;
  private final TaskRunner tasks;
  private final DialogService dialogs;
  private final CatalogStatistics statistics;
  private final PackageSearch packageSearch;
  private final DashboardQueries dashboardQueries;
  private final PypiImporter importer;
  private final ChangeJournal journal;
  private final ReleaseQueries releaseQueries;
  private final UserQueries userQueries;
  private final LicenseQueries licenseQueries;
  private final LanguageQueries languageQueries;
  private final DownloadQueries downloadQueries;
  private final PackageDetails packageDetails;
  private final PackageEditing packageEditing;
  private final Browser browser;
  /** Bumped whenever the catalog's content changes, so views reload what they show. */
  private final ReadOnlyLongWrapper catalogRevision = new ReadOnlyLongWrapper(this, "catalogRevision");

  public AppContext(CatalogDatabase catalog, DialogService dialogs) {
    this(catalog, dialogs, Browser.unavailable());
  }

  /** @param browser opens the links that views show (home pages, documentation, e-mail) */
  public AppContext(CatalogDatabase catalog, DialogService dialogs, Browser browser) {
    this.catalog = catalog;
    this.dialogs = dialogs;
    this.tasks = new TaskRunner(dialogs::showError);
    this.statistics = new CatalogStatistics(catalog.database());
    this.packageSearch = new PackageSearch(catalog.database());
    this.dashboardQueries = new DashboardQueries(catalog.database());
    this.importer = new PypiImporter(catalog.database(), curator());
    this.journal = new ChangeJournal(catalog.database(), AppContext::curator);
    this.releaseQueries = new ReleaseQueries(catalog.database());
    this.userQueries = new UserQueries(catalog.database());
    this.licenseQueries = new LicenseQueries(catalog.database());
    this.languageQueries = new LanguageQueries(catalog.database());
    this.downloadQueries = new DownloadQueries(catalog.database());
    this.packageDetails = new PackageDetails(catalog.database());
    this.packageEditing = new PackageEditing(catalog.database());
    this.browser = browser;
  }

  /** Who the journal names for changes made here (preferences come later: the OS user for now). */
  public static String curator() {
    return System.getProperty("user.name", "curator");
  }

  public PypiImporter importer() {
    return importer;
  }

  /** Every curator edit goes through here: one transaction, an audit entry, undo and redo. */
  public ChangeJournal journal() {
    return journal;
  }

  public CatalogDatabase catalog() {
    return catalog;
  }

  /** Where the catalog is, as a person reads it (file path or URL). */
  public String catalogDescription() {
    return catalog.location().describe();
  }

  public TaskRunner tasks() {
    return tasks;
  }

  public DialogService dialogs() {
    return dialogs;
  }

  public CatalogStatistics statistics() {
    return statistics;
  }

  public PackageSearch packageSearch() {
    return packageSearch;
  }

  public DashboardQueries dashboardQueries() {
    return dashboardQueries;
  }

  public ReleaseQueries releaseQueries() {
    return releaseQueries;
  }

  public UserQueries userQueries() {
    return userQueries;
  }

  public LicenseQueries licenseQueries() {
    return licenseQueries;
  }

  public LanguageQueries languageQueries() {
    return languageQueries;
  }

  public DownloadQueries downloadQueries() {
    return downloadQueries;
  }

  public PackageDetails packageDetails() {
    return packageDetails;
  }

  public PackageEditing packageEditing() {
    return packageEditing;
  }

  public Browser browser() {
    return browser;
  }

  public ReadOnlyLongProperty catalogRevisionProperty() {
    return catalogRevision.getReadOnlyProperty();
  }

  /** Tells every view that the catalog changed (after an import, an edit...). */
  public void catalogChanged() {
    catalogRevision.set(catalogRevision.get() + 1);
  }

  @Override
  public void close() {
    tasks.close();
    catalog.close();
  }
}
