package org.packdesk.ui.users;

import java.time.Instant;
import javafx.fxml.FXML;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.UserRow;
import org.packdesk.catalog.UserPager;
import org.packdesk.catalog.UserSort;
import org.packdesk.catalog.paging.Direction;
import org.packdesk.ui.browse.PagedBrowseView;
import org.packdesk.ui.browse.PagedBrowseViewModel;
import org.packdesk.ui.browse.PagedBrowseViewModel.Sorting;
import org.packdesk.ui.browse.Columns;

/**
 * The index's accounts, searched by name or e-mail, with the packages they own and maintain; the
 * chosen user's account and packages show, and are edited, in the detail pane beside the table.
 */
public final class UsersView extends PagedBrowseView<UserRow, UserSort> {

  /** What a row not read yet shows. */
  private static final UserRow LOADING = new UserRow(-1, "\u2026", null, 0, 0, null);

  private final AppContext context;
  private final PagedBrowseViewModel<UserRow, UserSort> viewModel;

  @FXML private TableColumn<UserRow, String> nameColumn;
  @FXML private TableColumn<UserRow, String> emailColumn;
  @FXML private TableColumn<UserRow, Number> ownedColumn;
  @FXML private TableColumn<UserRow, Number> maintainedColumn;
  @FXML private TableColumn<UserRow, Instant> lastLoginColumn;
  @FXML private UserDetailView detailController;

  public UsersView(AppContext context) {
    this(context, new PagedBrowseViewModel<>("user", "users", context.userPager(), UserRow::id, UserPager::matching,
        new Sorting<>(UserSort.NAME, Direction.ASCENDING), LOADING, inBackground(context)));
  }

  private UsersView(AppContext context, PagedBrowseViewModel<UserRow, UserSort> viewModel) {
    super(context, viewModel);
    this.context = context;
    this.viewModel = viewModel;
  }

  @Override
  protected void defineColumns() {
    Columns.text(nameColumn, UserRow::name);
    Columns.text(emailColumn, UserRow::email);
    Columns.count(ownedColumn, UserRow::owned);
    Columns.count(maintainedColumn, UserRow::maintained);
    Columns.date(lastLoginColumn, UserRow::lastLogin, "never");
    sortsBy(nameColumn, UserSort.NAME);
    sortsBy(emailColumn, UserSort.EMAIL);
    sortsBy(lastLoginColumn, UserSort.LAST_LOGIN);
  }

  @Override
  protected void tableReady(TableView<UserRow> table) {
    viewModel.chosenProperty().addListener((obs, old, id) -> detailController.show((Long) id));
  }

  @FXML
  private void addUser() {
    UserFormView.open(context, null, viewModel::chooseId);
  }
}
