package org.packdesk.ui.users;

import java.time.Instant;
import javafx.fxml.FXML;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.UserRow;
import org.packdesk.ui.browse.BrowseView;
import org.packdesk.ui.browse.Columns;
import org.packdesk.ui.browse.RowSelection;

/**
 * The index's accounts, searched by name or e-mail, with the packages they own and maintain; the
 * chosen user's account and packages show, and are edited, in the detail pane beside the table.
 */
public final class UsersView extends BrowseView<UserRow> {

  private final AppContext context;
  private RowSelection<UserRow, Long> selection;

  @FXML private TableColumn<UserRow, String> nameColumn;
  @FXML private TableColumn<UserRow, String> emailColumn;
  @FXML private TableColumn<UserRow, Number> ownedColumn;
  @FXML private TableColumn<UserRow, Number> maintainedColumn;
  @FXML private TableColumn<UserRow, Instant> lastLoginColumn;
  @FXML private UserDetailView detailController;

  public UsersView(AppContext context) {
    super(context, "user", "users", context.userQueries()::search);
    this.context = context;
  }

  @Override
  protected void defineColumns() {
    Columns.text(nameColumn, UserRow::name);
    Columns.text(emailColumn, UserRow::email);
    Columns.count(ownedColumn, UserRow::owned);
    Columns.count(maintainedColumn, UserRow::maintained);
    Columns.date(lastLoginColumn, UserRow::lastLogin, "never");
  }

  @Override
  protected void tableReady(TableView<UserRow> table) {
    selection = new RowSelection<>(table, UserRow::id);
    selection.selectedKeyProperty().addListener((obs, old, id) -> detailController.show(id));
  }

  @FXML
  private void addUser() {
    UserFormView.open(context, null, selection::select);
  }
}
