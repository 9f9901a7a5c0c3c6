package org.packdesk.ui.licenses;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.packdesk.catalog.LicenseDetail;
import org.packdesk.catalog.PackageRef;
import org.packdesk.ui.browse.BrowseViewModel;
import org.packdesk.ui.browse.DetailLoader;

/** The license detail pane: the chosen license's whole description and the packages under it. */
public final class LicenseDetailViewModel {

  /** How many of a license's packages the pane lists. */
  public static final int LISTED = 1_000;

  /** The license shown, and (the first {@link #LISTED} of) its packages. */
  public record Shown(LicenseDetail license, List<PackageRef> packages) {
  }

  /** The catalog reads the pane needs; they run in the background. */
  public interface Catalog {
    Optional<LicenseDetail> detail(String id) throws Exception;

    List<PackageRef> packagesOf(String id, int limit) throws Exception;
  }

  private final DetailLoader<String, Shown> loader;
  private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
  private final ObservableList<PackageRef> packages = FXCollections.observableArrayList();

  public LicenseDetailViewModel(Catalog catalog, BrowseViewModel.Background background) {
    this.loader = new DetailLoader<>(background, id -> {
      Optional<LicenseDetail> license = catalog.detail(id);
      return license.isEmpty() ? Optional.empty()
          : Optional.of(new Shown(license.get(), catalog.packagesOf(id, LISTED + 1)));
    }, this::show);
  }

  /** Shows the license {@code id}; null shows none. */
  public void show(String id) {
    loader.load(id);
  }

  public void reload() {
    loader.reload();
  }

  private void show(Shown license) {
    shown.set(license);
    packages.setAll(license == null ? List.of() : license.packages().stream().limit(LISTED).toList());
  }

  public ReadOnlyObjectProperty<Shown> shownProperty() {
    return shown.getReadOnlyProperty();
  }

  /** The license shown, as read (with its version, for an edit of it); null for none. */
  public LicenseDetail license() {
    return shown.get() == null ? null : shown.get().license();
  }

  public ObservableList<PackageRef> packages() {
    return packages;
  }

  public StringBinding nameText() {
    return Bindings.createStringBinding(() -> license() == null ? "" : license().id(), shown);
  }

  public StringBinding descriptionText() {
    return Bindings.createStringBinding(() -> license() == null || license().description() == null ? ""
        : license().description(), shown);
  }

  public BooleanBinding hasDescription() {
    return descriptionText().isNotEmpty();
  }

  public StringBinding countText() {
    return Bindings.createStringBinding(() -> {
      if (shown.get() == null) {
        return "";
      }
      int count = shown.get().packages().size();
      return count == 0 ? "No package uses it."
          : count > LISTED ? String.format("Used by %,d packages; the first %,d are listed.",
              Math.max(count, shown.get().license().packages()), LISTED)
          : count == 1 ? "Used by 1 package" : String.format("Used by %,d packages", count);
    }, shown);
  }
}
