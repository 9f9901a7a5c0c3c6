package org.packdesk.ui.users;

import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.UserDetail;
import org.packdesk.ui.common.CatalogEditor;
import org.packdesk.ui.common.DialogService;
import org.packdesk.ui.common.InlineErrors;
import org.packdesk.ui.common.ViewLoader;

/** The Set password dialog's form: the password twice; what was typed is forgotten on close. */
public final class PasswordFormView implements DialogService.Form {

  private PasswordFormViewModel viewModel;

  @FXML private VBox root;
  @FXML private PasswordField passwordField;
  @FXML private PasswordField confirmationField;
  @FXML private Label passwordError;
  @FXML private Label confirmationError;
  @FXML private Label saveError;

  public static void open(AppContext context, UserDetail user) {
    PasswordFormView form = new ViewLoader(context).<PasswordFormView>load("password-form").controller();
    form.viewModel = new PasswordFormViewModel(user.id(), user.label(), CatalogEditor.of(context));
    form.bind();
    context.dialogs().showForm(user.hasPassword() ? "Reset password" : "Set password",
        (user.hasPassword() ? "A new password for " : "A password for ") + user.label(), "Set password", form);
  }

  private void bind() {
    passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
    confirmationField.textProperty().bindBidirectional(viewModel.confirmationProperty());
    InlineErrors.show(passwordError, viewModel.passwordErrorProperty(), passwordField);
    InlineErrors.show(confirmationError, viewModel.confirmationErrorProperty(), confirmationField);
    InlineErrors.show(saveError, viewModel.saveErrorProperty());
  }

  @Override
  public Node content() {
    return root;
  }

  @Override
  public Node initialFocus() {
    return passwordField;
  }

  @Override
  public ObservableBooleanValue canSubmit() {
    return viewModel.canSaveProperty();
  }

  @Override
  public void submit(Runnable close) {
    viewModel.save(close);
  }

  @Override
  public void closed() {
    viewModel.forget();
  }
}
