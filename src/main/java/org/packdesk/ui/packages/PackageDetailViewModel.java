package org.packdesk.ui.packages;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.packdesk.catalog.PackageDetail;
import org.packdesk.catalog.PackageDetail.ReleaseLine;
import org.packdesk.catalog.ReleaseFileLine;
import org.packdesk.model.LifecycleStatus;
import org.packdesk.ui.browse.BrowseViewModel.Background;
import org.packdesk.ui.browse.Formats;
import org.packdesk.ui.packageeditor.Lifecycles;
import org.packdesk.ui.packageeditor.PackageFieldRules;

/**
 * State of the package detail pane: the package shown (read in one background task), its facts
 * as the pane writes them, its releases newest first, the release chosen and that release's
 * files. A result that arrives after a newer request is dropped.
 */
public final class PackageDetailViewModel {

  /** Where the pane's data comes from: the catalog in the app, stand-ins in tests. */
  public interface Source {
    Optional<PackageDetail> load(String packageId) throws Exception;

    List<ReleaseFileLine> files(long releaseId) throws Exception;
  }

  /** What the pane shows: nothing chosen, a package, a package that is gone, or one the table no longer lists. */
  public enum State { EMPTY, LOADING, SHOWN, GONE, NOT_LISTED }

  /** A link of the package; {@code problem} says why an address that is not a web address is not linked. */
  public record Link(String label, String icon, String url, String problem) {
  }


  private final Source source;
  private final Background background;
  private final DetailTexts texts;
  private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.EMPTY);
  private final ReadOnlyObjectWrapper<PackageDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
  private final ObservableList<ReleaseLine> releases = FXCollections.observableArrayList();
  private final ObjectProperty<ReleaseLine> selectedRelease = new SimpleObjectProperty<>(this, "selectedRelease");
  private final ObservableList<ReleaseFileLine> files = FXCollections.observableArrayList();
  private final ObservableList<Link> links = FXCollections.observableArrayList();
  private final ObservableList<DescriptionBlocks.Block> description = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper versionText = new ReadOnlyStringWrapper(this, "versionText");
  private final ReadOnlyStringWrapper lifecycleText = new ReadOnlyStringWrapper(this, "lifecycleText");
  private final ReadOnlyStringWrapper authorText = new ReadOnlyStringWrapper(this, "authorText");
  private final ReadOnlyStringWrapper authorEmail = new ReadOnlyStringWrapper(this, "authorEmail");
  private final ReadOnlyStringWrapper maintainersText = new ReadOnlyStringWrapper(this, "maintainersText");
  private final ReadOnlyStringWrapper licenseText = new ReadOnlyStringWrapper(this, "licenseText");
  private final ReadOnlyStringWrapper publishedLicense = new ReadOnlyStringWrapper(this, "publishedLicense");
  private final ReadOnlyStringWrapper languagesText = new ReadOnlyStringWrapper(this, "languagesText");
  private final ReadOnlyStringWrapper downloadsText = new ReadOnlyStringWrapper(this, "downloadsText");
  private final ReadOnlyStringWrapper datesText = new ReadOnlyStringWrapper(this, "datesText");
  private final ReadOnlyStringWrapper releasesTitle = new ReadOnlyStringWrapper(this, "releasesTitle", "Releases");
  private final ReadOnlyStringWrapper releasesStatus = new ReadOnlyStringWrapper(this, "releasesStatus");
  private final ReadOnlyStringWrapper filesTitle = new ReadOnlyStringWrapper(this, "filesTitle", "Files");
  private final ReadOnlyStringWrapper yankedNote = new ReadOnlyStringWrapper(this, "yankedNote");
  private final BooleanBinding canYank;
  private final BooleanBinding canUnyank;
  private final ReadOnlyStringWrapper notListed = new ReadOnlyStringWrapper(this, "notListed");
  private String shownId;
  private long generation;
  private long filesGeneration;

  public PackageDetailViewModel(Source source, Background background, ZoneId zone) {
    this.source = source;
    this.background = background;
    this.texts = new DetailTexts(zone);
    canYank = Bindings.createBooleanBinding(() -> selectedRelease.get() != null && !selectedRelease.get().yanked(),
        selectedRelease);
    canUnyank = Bindings.createBooleanBinding(() -> selectedRelease.get() != null && selectedRelease.get().yanked(),
        selectedRelease);
    selectedRelease.addListener((obs, old, release) -> loadFiles(release));
  }

  /**
   * Shows the package with this id (null: none). The package shown stays until the new one is
   * read, so going from row to row never flashes an empty pane.
   */
  public void show(String packageId) {
    shownId = packageId;
    notListed.set(null);
    long mine = ++generation;
    if (packageId == null) {
      apply(null);
      state.set(State.EMPTY);
      return;
    }
    if (detail.get() == null) {
      state.set(State.LOADING);
    }
    background.run(() -> source.load(packageId), loaded -> {
      if (mine == generation) {
        apply(loaded.orElse(null));
        state.set(loaded.isPresent() ? State.SHOWN : State.GONE);
      }
    }, error -> {
      if (mine == generation) {
        apply(null);
        state.set(State.GONE);
      }
    });
  }

  /** The chosen package left the table (deleted, or the search or filters leave it out): shows none, and says so. */
  public void showNotListed(String packageId) {
    show(null);
    notListed.set(packageId);
    state.set(State.NOT_LISTED);
  }

  /** The id of the package the table no longer lists, while the pane says so. */
  public ReadOnlyStringProperty notListedProperty() {
    return notListed.getReadOnlyProperty();
  }

  /** Reads the package shown again (after the catalog changed). */
  public void reload() {
    if (shownId != null) {
      show(shownId);
    }
  }

  private void apply(PackageDetail loaded) {
    PackageDetail previous = detail.get();
    detail.set(loaded);
    if (loaded == null) {
      releases.clear();
      selectedRelease.set(null);
      links.clear();
      description.clear();
      return;
    }
    releases.setAll(loaded.releases());
    Long keep = previous != null && previous.id().equals(loaded.id()) && selectedRelease.get() != null
        ? selectedRelease.get().id() : null;
    selectedRelease.set(loaded.releases().stream().filter(r -> Objects.equals(r.id(), keep)).findFirst()
        .orElse(loaded.releases().isEmpty() ? null : loaded.releases().get(0)));
    if (previous == null || !Objects.equals(previous.description(), loaded.description())) {
      description.setAll(DescriptionBlocks.parse(loaded.description()));
    }
    links.setAll(links(loaded));
    versionText.set(loaded.latestVersion());
    lifecycleText.set(loaded.lifecycle() == null || loaded.lifecycle() == LifecycleStatus.ACTIVE ? null
        : Lifecycles.label(loaded.lifecycle()));
    authorText.set(DetailTexts.blankToNull(loaded.authorName()));
    authorEmail.set(DetailTexts.blankToNull(loaded.authorEmail()));
    maintainersText.set(DetailTexts.maintainers(loaded));
    licenseText.set(loaded.licenseId());
    publishedLicense.set(DetailTexts.publishedLicense(loaded));
    languagesText.set(loaded.languages().isEmpty() ? null : String.join(", ", loaded.languages()));
    downloadsText.set(DetailTexts.downloads(loaded));
    datesText.set(texts.dates(loaded.createdDate(), loaded.lastUpdated()));
    releasesTitle.set("Releases (" + Formats.count(loaded.releases().size(), Locale.getDefault()) + ")");
    releasesStatus.set(DetailTexts.releasesStatus(loaded));
  }

  private void loadFiles(ReleaseLine release) {
    long mine = ++filesGeneration;
    yankedNote.set(DetailTexts.yankedNote(release));
    if (release == null) {
      files.clear();
      filesTitle.set("Files");
      return;
    }
    filesTitle.set("Files of " + release.version());
    background.run(() -> source.files(release.id()), loaded -> {
      if (mine == filesGeneration) {
        files.setAll(loaded);
      }
    }, error -> {
      if (mine == filesGeneration) {
        files.clear();
      }
    });
  }

  private static List<Link> links(PackageDetail d) {
    List<Link> all = new ArrayList<>();
    addLink(all, "Home page", "fth-home", d.homePage());
    addLink(all, "Documentation", "fth-book-open", d.docsUrl());
    addLink(all, "Package page", "fth-package", d.packageUrl());
    addLink(all, "Download", "fth-download", d.downloadUrl());
    return all;
  }

  private static void addLink(List<Link> links, String label, String icon, String url) {
    if (url != null && !url.isBlank()) {
      links.add(new Link(label, icon, url.strip(), PackageFieldRules.webAddress(url.strip())));
    }
  }

  /** How the pane writes what it shows. */
  public DetailTexts texts() {
    return texts;
  }

  /** How the journal names a release: "requests 2.18.4". */
  public String releaseLabel(ReleaseLine release) {
    return (detail.get() == null ? "" : detail.get().name() + " ") + release.version();
  }

  public ReadOnlyObjectProperty<State> stateProperty() {
    return state.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<PackageDetail> detailProperty() {
    return detail.getReadOnlyProperty();
  }

  public ObservableList<ReleaseLine> releases() {
    return releases;
  }

  /** The release whose files show; set by the view when the curator picks one. */
  public ObjectProperty<ReleaseLine> selectedReleaseProperty() {
    return selectedRelease;
  }

  public ObservableList<ReleaseFileLine> files() {
    return files;
  }

  public ObservableList<Link> links() {
    return links;
  }

  public ObservableList<DescriptionBlocks.Block> description() {
    return description;
  }

  /** The latest version, or null without releases. */
  public ReadOnlyStringProperty versionTextProperty() {
    return versionText.getReadOnlyProperty();
  }

  /** "Deprecated", "Archived"...; null for an active package. */
  public ReadOnlyStringProperty lifecycleTextProperty() {
    return lifecycleText.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty authorTextProperty() {
    return authorText.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty authorEmailProperty() {
    return authorEmail.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty maintainersTextProperty() {
    return maintainersText.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty licenseTextProperty() {
    return licenseText.getReadOnlyProperty();
  }

  /** The license field as published where it differs from the license id; null otherwise. */
  public ReadOnlyStringProperty publishedLicenseProperty() {
    return publishedLicense.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty languagesTextProperty() {
    return languagesText.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty downloadsTextProperty() {
    return downloadsText.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty datesTextProperty() {
    return datesText.getReadOnlyProperty();
  }

  /** "Releases (3)": the tab's title. */
  public ReadOnlyStringProperty releasesTitleProperty() {
    return releasesTitle.getReadOnlyProperty();
  }

  /** "3 releases · 1 yanked". */
  public ReadOnlyStringProperty releasesStatusProperty() {
    return releasesStatus.getReadOnlyProperty();
  }

  /** "Files of 2.18.4". */
  public ReadOnlyStringProperty filesTitleProperty() {
    return filesTitle.getReadOnlyProperty();
  }

  /** Why the chosen release is yanked; null when it is not. */
  public ReadOnlyStringProperty yankedNoteProperty() {
    return yankedNote.getReadOnlyProperty();
  }

  public BooleanBinding canYankProperty() {
    return canYank;
  }

  public BooleanBinding canUnyankProperty() {
    return canUnyank;
  }
}
