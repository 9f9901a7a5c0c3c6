package org.packdesk.ui.users;

import java.time.Instant;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.packdesk.catalog.UserDetail;
import org.packdesk.catalog.UserDetail.PackageRole;
import org.packdesk.catalog.edit.Change;
import org.packdesk.catalog.edit.SetMaintainer;
import org.packdesk.catalog.edit.SetPassword;
import org.packdesk.model.MaintainerRole;
import org.packdesk.ui.browse.BrowseViewModel;
import org.packdesk.ui.browse.DetailLoader;
import org.packdesk.ui.browse.EditableDetail;
import org.packdesk.ui.browse.Formats;
import org.packdesk.ui.common.CatalogEditor;

/**
 * The user detail pane: the account of the chosen user and the packages they have a role on,
 * with the edits made from there (password cleared, role changed, removed from a package). A
 * refusal by the catalog's rules (the last owner of a package) shows as {@link #problemProperty}.
 */
public final class UserDetailViewModel {

  private final EditableDetail<Long, UserDetail> shown;
  private final ZoneId zone;
  private final ReadOnlyObjectWrapper<UserDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
  private final ObservableList<PackageRole> packages = FXCollections.observableArrayList();
  private final ObjectProperty<PackageRole> selectedPackage = new SimpleObjectProperty<>(this, "selectedPackage");

  public UserDetailViewModel(DetailLoader.Read<Long, UserDetail> lookup, BrowseViewModel.Background background,
      CatalogEditor editor, ZoneId zone) {
    this.shown = new EditableDetail<>(background, lookup, this::showDetail, editor);
    this.zone = zone;
  }

  /** Shows the user {@code id}, or nobody for null. */
  public void show(Long id) {
    shown.show(id);
  }

  /** Reads the shown user again (the catalog changed, so an earlier refusal is old news). */
  public void reload() {
    shown.reload();
  }

  private void showDetail(UserDetail shown) {
    String keptPackage = selectedPackage.get() == null ? null : selectedPackage.get().pkg().id();
    detail.set(shown);
    packages.setAll(shown == null ? java.util.List.of() : shown.packages());
    // the same package stays chosen across a reload (its role may have changed)
    selectedPackage.set(packages.stream().filter(p -> p.pkg().id().equals(keptPackage)).findFirst().orElse(null));
  }

  /** The user shown; null while there is none (nothing chosen, or the user was deleted). */
  public ReadOnlyObjectProperty<UserDetail> detailProperty() {
    return detail.getReadOnlyProperty();
  }

  public ObservableList<PackageRole> packages() {
    return packages;
  }

  /** The package chosen in the user's list of packages; the view keeps it in step with the list. */
  public ObjectProperty<PackageRole> selectedPackageProperty() {
    return selectedPackage;
  }

  /** Why the last change made here was refused; empty when it was not. */
  public ReadOnlyStringProperty problemProperty() {
    return shown.problemProperty();
  }

  public void dismissProblem() {
    shown.dismissProblem();
  }

  /** The name, or the e-mail of an account without one. */
  public StringBinding nameText() {
    return text(UserDetail::label);
  }

  /** The e-mail under the name; for an account without a name (shown by its e-mail), says so. */
  public StringBinding emailText() {
    return text(d -> d.label().equals(d.email()) ? "No name given" : d.email());
  }

  public StringBinding createdText() {
    return text(d -> date(d.createdDate(), "unknown"));
  }

  public StringBinding lastLoginText() {
    return text(d -> date(d.lastLogin(), "never"));
  }

  public StringBinding passwordText() {
    return text(d -> d.hasPassword() ? "Set (Argon2id hash)" : "Not set");
  }

  /** "Set password…" for a user without one, "Reset password…" otherwise. */
  public StringBinding passwordActionText() {
    return Bindings.createStringBinding(() -> detail.get() != null && detail.get().hasPassword()
        ? "Reset password\u2026" : "Set password\u2026", detail);
  }

  public BooleanBinding hasPassword() {
    return Bindings.createBooleanBinding(() -> detail.get() != null && detail.get().hasPassword(), detail);
  }

  /** "Make owner" for a maintainer, "Make maintainer" for an owner. */
  public StringBinding roleActionText() {
    return Bindings.createStringBinding(() -> selectedPackage.get() != null
        && selectedPackage.get().role() == MaintainerRole.OWNER ? "Make maintainer" : "Make owner", selectedPackage);
  }

  public BooleanBinding packageChosen() {
    return selectedPackage.isNotNull();
  }

  /** Clears the shown user's password (after the curator confirmed). */
  public void clearPassword() {
    UserDetail user = detail.get();
    perform(new SetPassword(user.id(), user.label(), null));
  }

  /** Swaps the chosen package's role between owner and maintainer. */
  public void toggleRole() {
    PackageRole chosen = selectedPackage.get();
    MaintainerRole other = chosen.role() == MaintainerRole.OWNER ? MaintainerRole.MAINTAINER : MaintainerRole.OWNER;
    perform(new SetMaintainer(chosen.pkg().id(), detail.get().id(), detail.get().label(), other));
  }

  /** Takes the shown user off the chosen package (after the curator confirmed). */
  public void removeFromPackage() {
    PackageRole chosen = selectedPackage.get();
    perform(new SetMaintainer(chosen.pkg().id(), detail.get().id(), detail.get().label(), null));
  }

  private void perform(Change change) {
    shown.perform(change);
  }

  private StringBinding text(java.util.function.Function<UserDetail, String> of) {
    return Bindings.createStringBinding(() -> detail.get() == null ? "" : of.apply(detail.get()), detail);
  }

  private String date(Instant instant, String whenMissing) {
    return instant == null ? whenMissing : Formats.dateTime(instant, zone);
  }
}
