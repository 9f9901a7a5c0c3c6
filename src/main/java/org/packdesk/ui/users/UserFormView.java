package org.packdesk.ui.users;

import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.UserDetail;
import org.packdesk.ui.common.CatalogEditor;
import org.packdesk.ui.common.DialogService;
import org.packdesk.ui.common.InlineErrors;
import org.packdesk.ui.common.ViewLoader;

/** The Add user / Edit user dialog's form. */
public final class UserFormView implements DialogService.Form {

  private UserFormViewModel viewModel;
  private Consumer<Long> onSaved;

  @FXML private VBox root;
  @FXML private TextField nameField;
  @FXML private TextField emailField;
  @FXML private Label nameError;
  @FXML private Label emailError;
  @FXML private Label saveError;

  /** Opens the form for {@code user}, or for a new user when null; {@code onSaved} gets the saved user's id. */
  public static void open(AppContext context, UserDetail user, Consumer<Long> onSaved) {
    UserFormView form = new ViewLoader(context).<UserFormView>load("user-form").controller();
    CatalogEditor editor = CatalogEditor.of(context);
    form.viewModel = user == null ? new UserFormViewModel(editor)
        : new UserFormViewModel(user.id(), user.name(), user.email(), editor);
    form.onSaved = onSaved;
    form.bind();
    context.dialogs().showForm(user == null ? "Add user" : "Edit user",
        user == null ? "Add a user to the catalog" : "Edit " + user.label(), "Save", form);
  }

  private void bind() {
    nameField.textProperty().bindBidirectional(viewModel.nameProperty());
    emailField.textProperty().bindBidirectional(viewModel.emailProperty());
    InlineErrors.show(nameError, viewModel.nameErrorProperty(), nameField);
    InlineErrors.show(emailError, viewModel.emailErrorProperty(), emailField);
    InlineErrors.show(saveError, viewModel.saveErrorProperty(), emailField);
  }

  @Override
  public Node content() {
    return root;
  }

  @Override
  public Node initialFocus() {
    return nameField;
  }

  @Override
  public ObservableBooleanValue canSubmit() {
    return viewModel.canSaveProperty();
  }

  @Override
  public void submit(Runnable close) {
    viewModel.save(id -> {
      close.run();
      onSaved.accept(id);
    });
  }
}
