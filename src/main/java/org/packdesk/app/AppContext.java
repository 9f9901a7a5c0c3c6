package org.packdesk.app;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import org.packdesk.catalog.AuditQueries;
import org.packdesk.catalog.CatalogStatistics;
import org.packdesk.catalog.DashboardQueries;
import org.packdesk.catalog.DownloadDetails;
import org.packdesk.catalog.DownloadPages;
import org.packdesk.catalog.DownloadQueries;
import org.packdesk.catalog.DownloadTrends;
import org.packdesk.catalog.LanguagePager;
import org.packdesk.catalog.LanguageQueries;
import org.packdesk.catalog.LicensePager;
import org.packdesk.catalog.LicenseQueries;
import org.packdesk.catalog.PackageLookup;
import org.packdesk.catalog.PackageDetails;
import org.packdesk.catalog.PackageEditing;
import org.packdesk.catalog.PackagePager;
import org.packdesk.catalog.PackageSearch;
import org.packdesk.catalog.ReleasePager;
import org.packdesk.catalog.search.CatalogSearch;
import org.packdesk.catalog.search.SavedSearches;
import org.packdesk.catalog.search.SearchIndex;
import org.packdesk.catalog.edit.ChangeJournal;
import org.packdesk.catalog.ReleaseDetails;
import org.packdesk.catalog.UserDetails;
import org.packdesk.catalog.UserPager;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.importer.DownloadLogImporter;
import org.packdesk.importer.PypiImporter;
import org.packdesk.report.ReportRegistry;
import org.packdesk.report.ReportRunner;
import java.time.Clock;
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
  private final SearchIndex searchIndex;
  private final CatalogSearch catalogSearch;
  private final SavedSearches savedSearches;
  private final DashboardQueries dashboardQueries;
  private final PypiImporter importer;
  private final ChangeJournal journal;
  private final PackagePager packagePager;
  private final ReleasePager releasePager;
  private final UserPager userPager;
  private final LicensePager licensePager;
  private final LanguagePager languagePager;
  private final LicenseQueries licenseQueries;
  private final LanguageQueries languageQueries;
  private final DownloadQueries downloadQueries;
  private final DownloadPages downloadPages;
  private final PreferencesStore preferences;
  private final LayoutStore layout;
  private final AuditQueries auditQueries;
  private final UserDetails userDetails;
  private final PackageLookup packageLookup;
  private final PackageDetails packageDetails;
  private final PackageEditing packageEditing;
  private final ReleaseDetails releaseDetails;
  private final DownloadDetails downloadDetails;
  private final DownloadTrends downloadTrends;
  private final Browser browser;
  private final ReportRegistry reports = ReportRegistry.standard();
  private final ReportRunner reportRunner;
  /** Bumped whenever the catalog's content changes, so views reload what they show. */
  private final ReadOnlyLongWrapper catalogRevision = new ReadOnlyLongWrapper(this, "catalogRevision");

  /** The context with the default preferences (the OS user as curator), as yet unread from the file. */
  public AppContext(CatalogDatabase catalog, DialogService dialogs) {
    this(catalog, dialogs, PreferencesStore.system(), LayoutStore.inMemory(), Browser.unavailable());
  }

  /** The context with the curator's {@code preferences} (tests keep theirs in a temp folder). */
  public AppContext(CatalogDatabase catalog, DialogService dialogs, PreferencesStore preferences) {
    this(catalog, dialogs, preferences, LayoutStore.inMemory(), Browser.unavailable());
  }

  /**
   * @param preferences the curator's preferences
   * @param layout where the curator left the window's dividers
   * @param browser opens the links that views show (home pages, documentation, e-mail)
   */
  public AppContext(CatalogDatabase catalog, DialogService dialogs, PreferencesStore preferences, LayoutStore layout,
      Browser browser) {
    this.preferences = preferences;
    this.layout = layout;
    this.catalog = catalog;
    this.dialogs = dialogs;
    this.tasks = new TaskRunner(dialogs::showError);
    this.statistics = new CatalogStatistics(catalog.database());
    this.searchIndex = SearchIndex.open(catalog.database(), catalog.location().file());
    this.catalogSearch = new CatalogSearch(searchIndex, new PackageSearch(catalog.database()));
    this.savedSearches = new SavedSearches(catalog.database(), catalogSearch);
    this.dashboardQueries = new DashboardQueries(catalog.database());
    this.importer = new PypiImporter(catalog.database(), this::curatorName);
    this.journal = new ChangeJournal(catalog.database(), this::curatorName);
    this.packagePager = new PackagePager(catalog.database());
    this.releasePager = new ReleasePager(catalog.database());
    this.userPager = new UserPager(catalog.database());
    this.licensePager = new LicensePager(catalog.database());
    this.languagePager = new LanguagePager(catalog.database());
    this.licenseQueries = new LicenseQueries(catalog.database());
    this.languageQueries = new LanguageQueries(catalog.database());
    this.downloadQueries = new DownloadQueries(catalog.database());
    this.downloadPages = new DownloadPages(catalog.database());
    this.auditQueries = new AuditQueries(catalog.database());
    this.userDetails = new UserDetails(catalog.database());
    this.packageLookup = new PackageLookup(catalog.database());
    this.packageDetails = new PackageDetails(catalog.database());
    this.packageEditing = new PackageEditing(catalog.database());
    this.releaseDetails = new ReleaseDetails(catalog.database(), java.time.Clock.systemUTC());
    this.downloadDetails = new DownloadDetails(catalog.database());
    this.downloadTrends = new DownloadTrends(catalog.database());
    this.browser = browser;
    this.reportRunner = new ReportRunner(catalog.database(), catalog.location().describe(), Clock.systemUTC());
  }

  /** The reports a curator can run, and what runs them on this catalog. */
  public ReportRegistry reports() {
    return reports;
  }

  public ReportRunner reportRunner() {
    return reportRunner;
  }

  /** Who the journal names for changes and imports made here: the preference as it is now. */
  public String curatorName() {
    return preferences.current().curatorName();
  }

  public PypiImporter importer() {
    return importer;
  }

  /** An importer of download logs into this catalog, for the curator, addresses anonymised or not. */
  public DownloadLogImporter downloadImporter(boolean anonymize) {
    return new DownloadLogImporter(catalog.database(), curatorName(), anonymize);
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

  /** Packages by the search grammar (the Packages search box, facets). */
  public CatalogSearch catalogSearch() {
    return catalogSearch;
  }

  /** The named queries shown as smart groups in the navigation. */
  public SavedSearches savedSearches() {
    return savedSearches;
  }

  public DashboardQueries dashboardQueries() {
    return dashboardQueries;
  }

  /** The packages table a page at a time. */
  public PackagePager packagePager() {
    return packagePager;
  }

  /** The releases table a page at a time. */
  public ReleasePager releasePager() {
    return releasePager;
  }


  public UserPager userPager() {
    return userPager;
  }

  /** The licenses table a page at a time, by their stored package counts. */
  public LicensePager licensePager() {
    return licensePager;
  }

  /** The languages table a page at a time, by their stored package counts. */
  public LanguagePager languagePager() {
    return languagePager;
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

  /** The downloads table, a page at a time. */
  public DownloadPages downloadPages() {
    return downloadPages;
  }

  public AuditQueries auditQueries() {
    return auditQueries;
  }

  /** Where the curator left the window and its dividers. */
  public LayoutStore layout() {
    return layout;
  }

  public PreferencesStore preferences() {
    return preferences;
  }

  public UserDetails userDetails() {
    return userDetails;
  }

  /** Package suggestions for choosers, and the packages of a language or a license. */
  public PackageLookup packageLookup() {
    return packageLookup;
  }

  public PackageDetails packageDetails() {
    return packageDetails;
  }

  public PackageEditing packageEditing() {
    return packageEditing;
  }

  /** One release, for the Releases section's detail pane. */
  public ReleaseDetails releaseDetails() {
    return releaseDetails;
  }

  /** One download event with its client, for the Downloads section's detail pane. */
  public DownloadDetails downloadDetails() {
    return downloadDetails;
  }

  /** Downloads over time, from the rollup, for the charts. */
  public DownloadTrends downloadTrends() {
    return downloadTrends;
  }

  public Browser browser() {
    return browser;
  }

  private java.util.function.Consumer<String> packageOpener = id -> { };

  /** Shows a package in the Packages section (the main window says how, when it is built). */
  public void openPackage(String packageId) {
    packageOpener.accept(packageId);
  }

  public void setPackageOpener(java.util.function.Consumer<String> opener) {
    this.packageOpener = opener;
  }

  private java.util.function.Consumer<String> searchOpener = query -> { };

  /** Shows the Packages section searching {@code query} (a saved search clicked in the navigation). */
  public void openSearch(String query) {
    searchOpener.accept(query);
  }

  public void setSearchOpener(java.util.function.Consumer<String> opener) {
    this.searchOpener = opener;
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
    searchIndex.close();
    catalog.close();
  }
}
