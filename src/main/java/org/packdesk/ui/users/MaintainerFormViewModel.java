package org.packdesk.ui.users;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.packdesk.catalog.PackageRef;
import org.packdesk.catalog.UserDetail;
import org.packdesk.catalog.edit.SetMaintainer;
import org.packdesk.model.MaintainerRole;
import org.packdesk.ui.common.CatalogEditor;
import org.packdesk.ui.common.FormState;

/** The Add to package form: a package chosen from the catalog, and the user's role on it. */
public final class MaintainerFormViewModel {

  private final UserDetail user;
  private final ObjectProperty<PackageRef> chosenPackage = new SimpleObjectProperty<>(this, "chosenPackage");
  private final ObjectProperty<MaintainerRole> role = new SimpleObjectProperty<>(this, "role", MaintainerRole.MAINTAINER);
  private final StringBinding choiceProblem;
  private final FormState form;
  private final BooleanBinding canSave;

  public MaintainerFormViewModel(UserDetail user, CatalogEditor editor) {
    this.user = user;
    this.form = new FormState(editor);
    chosenPackage.addListener((obs, old, now) -> form.clearError());
    role.addListener((obs, old, now) -> form.clearError());
    choiceProblem = Bindings.createStringBinding(() -> {
      PackageRef chosen = chosenPackage.get();
      return chosen == null || !user.hasRoleOn(chosen.id()) ? ""
          : user.label() + " is already on " + chosen.name() + ": change the role in the list instead.";
    }, chosenPackage);
    canSave = form.canSave(chosenPackage.isNotNull().and(choiceProblem.isEmpty()).and(role.isNotNull()));
  }

  /** Who is added. */
  public UserDetail user() {
    return user;
  }

  public ObjectProperty<PackageRef> chosenPackageProperty() {
    return chosenPackage;
  }

  public ObjectProperty<MaintainerRole> roleProperty() {
    return role;
  }

  /** Why the chosen package cannot be taken (the user is on it already). */
  public StringBinding choiceProblemProperty() {
    return choiceProblem;
  }

  public ReadOnlyStringProperty saveErrorProperty() {
    return form.saveErrorProperty();
  }

  public BooleanBinding canSaveProperty() {
    return canSave;
  }

  public void save(Runnable onSaved) {
    SetMaintainer change = new SetMaintainer(chosenPackage.get().id(), user.id(), user.label(), role.get());
    form.save(() -> change, made -> onSaved.run());
  }
}
