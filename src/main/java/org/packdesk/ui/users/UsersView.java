package org.packdesk.ui.users;

import java.time.Instant;
import javafx.fxml.FXML;
import javafx.scene.control.TableColumn;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.UserRow;
import org.packdesk.ui.browse.BrowseView;
import org.packdesk.ui.browse.Columns;

/** The index's accounts, searched by name or e-mail, with the packages they own and maintain. */
public final class UsersView extends BrowseView<UserRow> {

  @FXML private TableColumn<UserRow, String> nameColumn;
  @FXML private TableColumn<UserRow, String> emailColumn;
  @FXML private TableColumn<UserRow, Number> packagesColumn;
  @FXML private TableColumn<UserRow, Number> ownedColumn;
  @FXML private TableColumn<UserRow, Number> maintainedColumn;
  @FXML private TableColumn<UserRow, Instant> lastLoginColumn;

  public UsersView(AppContext context) {
    super(context, "user", "users", context.userQueries()::search);
  }

  @Override
  protected void defineColumns() {
    Columns.text(nameColumn, UserRow::name);
    Columns.text(emailColumn, UserRow::email);
    Columns.count(packagesColumn, UserRow::packages);
    Columns.count(ownedColumn, UserRow::owned);
    Columns.count(maintainedColumn, UserRow::maintained);
    Columns.date(lastLoginColumn, UserRow::lastLogin, "never");
  }
}
