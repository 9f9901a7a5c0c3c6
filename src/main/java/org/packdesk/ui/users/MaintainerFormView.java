package org.packdesk.ui.users;

import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.PackageLookup;
import org.packdesk.catalog.PackageRef;
import org.packdesk.catalog.UserDetail;
import org.packdesk.model.MaintainerRole;
import org.packdesk.ui.browse.BrowseView;
import org.packdesk.ui.browse.BrowseViewModel;
import org.packdesk.ui.browse.ChooserPane;
import org.packdesk.ui.common.CatalogEditor;
import org.packdesk.ui.common.DialogService;
import org.packdesk.ui.common.InlineErrors;
import org.packdesk.ui.common.ViewLoader;

/** The Add to package dialog's form: a package searched by name, and the role. */
public final class MaintainerFormView implements DialogService.Form {

  private MaintainerFormViewModel viewModel;

  @FXML private VBox root;
  @FXML private ChooserPane<PackageRef> packages;
  @FXML private Label choiceProblem;
  @FXML private ToggleGroup roles;
  @FXML private RadioButton maintainerRole;
  @FXML private RadioButton ownerRole;
  @FXML private Label saveError;

  public static void open(AppContext context, UserDetail user) {
    MaintainerFormView form = new ViewLoader(context).<MaintainerFormView>load("maintainer-form").controller();
    form.viewModel = new MaintainerFormViewModel(user, CatalogEditor.of(context));
    form.bind(new BrowseViewModel<>("package", "packages", PackageLookup.SUGGESTIONS,
        context.packageLookup()::suggest, BrowseView.inBackground(context)));
    context.dialogs().showForm("Add to package", "Add " + user.label() + " to a package", "Add", form);
  }

  private void bind(BrowseViewModel<PackageRef> suggestions) {
    packages.connect(suggestions, PackageRef::name, PackageRef::summary);
    viewModel.chosenPackageProperty().bind(packages.selectedItemProperty());
    InlineErrors.show(choiceProblem, viewModel.choiceProblemProperty());
    maintainerRole.setUserData(MaintainerRole.MAINTAINER);
    ownerRole.setUserData(MaintainerRole.OWNER);
    roles.selectToggle(viewModel.roleProperty().get() == MaintainerRole.OWNER ? ownerRole : maintainerRole);
    roles.selectedToggleProperty().addListener((obs, old, now) ->
        viewModel.roleProperty().set(now == null ? null : (MaintainerRole) now.getUserData()));
    InlineErrors.show(saveError, viewModel.saveErrorProperty());
  }

  @Override
  public Node content() {
    return root;
  }

  @Override
  public Node initialFocus() {
    return packages.searchField();
  }

  @Override
  public ObservableBooleanValue canSubmit() {
    return viewModel.canSaveProperty();
  }

  @Override
  public void submit(Runnable close) {
    viewModel.save(close);
  }
}
