package org.packdesk.ui.releases;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.packdesk.catalog.ReleaseDetail;
import org.packdesk.catalog.ReleaseDetails;
import org.packdesk.catalog.ReleaseFileLine;
import org.packdesk.catalog.edit.YankRelease;
import org.packdesk.ui.browse.BrowseViewModel;
import org.packdesk.ui.browse.DetailLoader;
import org.packdesk.ui.browse.Formats;
import org.packdesk.ui.common.CatalogEditor;

/**
 * The release detail pane: the chosen release's facts, files and downloads, and its yank and
 * un-yank through the journal. A refusal (someone else changed it) shows as {@link #problemProperty}.
 */
public final class ReleaseDetailViewModel {

  private final DetailLoader<Long, ReleaseDetail> loader;
  private final CatalogEditor editor;
  private final ZoneId zone;
  private final ReadOnlyObjectWrapper<ReleaseDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
  private final ObservableList<ReleaseFileLine> files = FXCollections.observableArrayList();

  public ReleaseDetailViewModel(DetailLoader.Read<Long, ReleaseDetail> lookup, BrowseViewModel.Background background,
      CatalogEditor editor, ZoneId zone) {
    this.loader = new DetailLoader<>(background, lookup, this::showDetail);
    this.editor = editor;
    this.zone = zone;
  }

  /** Shows the release {@code id}; null shows none. */
  public void show(Long id) {
    if (!Objects.equals(id, loader.key())) {
      problem.set("");
    }
    loader.load(id);
  }

  /** Reads the shown release again (the catalog changed). */
  public void reload() {
    loader.reload();
  }

  private void showDetail(ReleaseDetail shown) {
    detail.set(shown);
    files.setAll(shown == null ? List.of() : shown.files());
  }

  /** The release shown; null for none (nothing chosen, or deleted since). */
  public ReadOnlyObjectProperty<ReleaseDetail> detailProperty() {
    return detail.getReadOnlyProperty();
  }

  public ObservableList<ReleaseFileLine> files() {
    return files;
  }

  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  public void dismissProblem() {
    problem.set("");
  }

  public StringBinding packageText() {
    return text(ReleaseDetail::packageName);
  }

  public StringBinding versionText() {
    return text(ReleaseDetail::version);
  }

  /** Whether pip orders the version by PEP 440, or it is a legacy one that sorts last. */
  public StringBinding schemeText() {
    return text(d -> d.pep440() ? "PEP 440" : "Legacy (not PEP 440)");
  }

  public StringBinding uploadedText() {
    return text(d -> d.created() == null ? "unknown" : Formats.dateTime(d.created(), zone));
  }

  public StringBinding requiresPythonText() {
    return text(d -> d.requiresPython() == null ? "not stated" : d.requiresPython() + " (the package\u2019s)");
  }

  /** "1,234 in all · 56 in the last 30 days"; says so when no download was imported. */
  public StringBinding downloadsText() {
    return text(d -> d.downloads() == 0 ? "None imported"
        : String.format(Locale.getDefault(), "%,d in all \u00b7 %,d in the last %d days", d.downloads(),
            d.recentDownloads(), ReleaseDetails.RECENT_DAYS));
  }

  /** "Yanked: why", or "Not yanked". */
  public StringBinding yankedText() {
    return text(d -> !d.yanked() ? "Not yanked"
        : d.yankedReason() == null || d.yankedReason().isBlank() ? "Yanked" : "Yanked: " + d.yankedReason().strip());
  }

  public StringBinding filesTitle() {
    return text(d -> d.files().size() == 1 ? "1 file" : String.format("%,d files", d.files().size()));
  }

  public BooleanBinding yanked() {
    return Bindings.createBooleanBinding(() -> detail.get() != null && detail.get().yanked(), detail);
  }

  public BooleanBinding canYank() {
    return Bindings.createBooleanBinding(() -> detail.get() != null && !detail.get().yanked(), detail);
  }

  public BooleanBinding canUnyank() {
    return yanked();
  }

  /** Yanks the shown release, for {@code reason} (which the curator gave). */
  public void yank(String reason) {
    ReleaseDetail release = detail.get();
    perform(new YankRelease(release.id(), release.label(), true, reason));
  }

  public void unyank() {
    ReleaseDetail release = detail.get();
    perform(new YankRelease(release.id(), release.label(), false, null));
  }

  private void perform(YankRelease change) {
    problem.set("");
    editor.perform(() -> change, made -> { }, problem::set);
  }

  private StringBinding text(Function<ReleaseDetail, String> of) {
    return Bindings.createStringBinding(() -> detail.get() == null ? "" : of.apply(detail.get()), detail);
  }
}
