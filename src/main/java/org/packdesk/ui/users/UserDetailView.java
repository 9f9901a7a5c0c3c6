package org.packdesk.ui.users;

import atlantafx.base.controls.Message;
import java.time.ZoneId;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.UserDetail;
import org.packdesk.catalog.UserDetail.PackageRole;
import org.packdesk.model.MaintainerRole;
import org.packdesk.ui.browse.BrowseView;
import org.packdesk.ui.browse.Columns;
import org.packdesk.ui.common.CatalogEditor;

/** The detail pane of the Users section: the chosen user's account and packages, and their edits. */
public final class UserDetailView {

  private final AppContext context;
  private final UserDetailViewModel viewModel;

  @FXML private VBox emptyState;
  @FXML private VBox content;
  @FXML private Label nameLabel;
  @FXML private Label emailLabel;
  @FXML private Label createdLabel;
  @FXML private Label lastLoginLabel;
  @FXML private Label passwordLabel;
  @FXML private Button setPasswordButton;
  @FXML private Button clearPasswordButton;
  @FXML private Message problem;
  @FXML private TableView<PackageRole> packagesTable;
  @FXML private TableColumn<PackageRole, String> packageColumn;
  @FXML private TableColumn<PackageRole, String> roleColumn;
  @FXML private Button roleButton;
  @FXML private Button removeButton;

  public UserDetailView(AppContext context) {
    this.context = context;
    this.viewModel = new UserDetailViewModel(context.userDetails()::find, BrowseView.inBackground(context),
        CatalogEditor.of(context), ZoneId.systemDefault());
  }

  @FXML
  private void initialize() {
    emptyState.visibleProperty().bind(viewModel.detailProperty().isNull());
    content.visibleProperty().bind(viewModel.detailProperty().isNotNull());
    nameLabel.textProperty().bind(viewModel.nameText());
    emailLabel.textProperty().bind(viewModel.emailText());
    createdLabel.textProperty().bind(viewModel.createdText());
    lastLoginLabel.textProperty().bind(viewModel.lastLoginText());
    passwordLabel.textProperty().bind(viewModel.passwordText());
    setPasswordButton.textProperty().bind(viewModel.passwordActionText());
    clearPasswordButton.disableProperty().bind(viewModel.hasPassword().not());

    problem.descriptionProperty().bind(viewModel.problemProperty());
    problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
    problem.managedProperty().bind(problem.visibleProperty());
    problem.setOnClose(e -> viewModel.dismissProblem());

    Columns.text(packageColumn, role -> role.pkg().name());
    Columns.text(roleColumn, role -> role.role() == MaintainerRole.OWNER ? "Owner" : "Maintainer");
    roleColumn.setCellFactory(column -> new RoleCell());
    packagesTable.setItems(viewModel.packages());
    packagesTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    packagesTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
        viewModel.selectedPackageProperty().set(now));
    viewModel.selectedPackageProperty().addListener((obs, old, now) -> {
      if (!Objects.equals(packagesTable.getSelectionModel().getSelectedItem(), now)) {
        packagesTable.getSelectionModel().select(now);
      }
    });
    roleButton.textProperty().bind(viewModel.roleActionText());
    roleButton.disableProperty().bind(viewModel.packageChosen().not());
    removeButton.disableProperty().bind(viewModel.packageChosen().not());

    context.catalogRevisionProperty().addListener((obs, old, now) -> viewModel.reload());
  }

  /** Shows the user {@code id}; null shows nobody. */
  public void show(Long id) {
    viewModel.show(id);
  }

  private UserDetail user() {
    return viewModel.detailProperty().get();
  }

  @FXML
  private void edit() {
    UserFormView.open(context, user(), id -> { });
  }

  @FXML
  private void setPassword() {
    PasswordFormView.open(context, user());
  }

  @FXML
  private void clearPassword() {
    String who = user().label();
    if (context.dialogs().confirm("Clear the password of " + who + "?",
        who + " cannot log in until a new password is set. Undo brings the old one back.", "Clear password")) {
      viewModel.clearPassword();
    }
  }

  @FXML
  private void addToPackage() {
    MaintainerFormView.open(context, user());
  }

  @FXML
  private void toggleRole() {
    viewModel.toggleRole();
  }

  @FXML
  private void removeFromPackage() {
    PackageRole chosen = viewModel.selectedPackageProperty().get();
    String who = user().label();
    if (context.dialogs().confirm("Remove " + who + " from " + chosen.pkg().name() + "?",
        who + " will no longer be able to manage " + chosen.pkg().name() + ".", "Remove")) {
      viewModel.removeFromPackage();
    }
  }

  /** A role as a small badge, owners in the accent colour. */
  private static final class RoleCell extends TableCell<PackageRole, String> {
    private final Label badge = new Label();

    @Override
    protected void updateItem(String role, boolean empty) {
      super.updateItem(role, empty);
      if (empty || role == null) {
        setGraphic(null);
        return;
      }
      badge.setText(role);
      badge.getStyleClass().setAll("role-badge", role.toLowerCase(java.util.Locale.ROOT));
      setGraphic(badge);
    }
  }
}
