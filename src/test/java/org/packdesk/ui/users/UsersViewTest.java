package org.packdesk.ui.users;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.packdesk.catalog.UserRow;
import org.packdesk.ui.MainWindowFixture;
import org.testfx.framework.junit5.Start;

class UsersViewTest extends MainWindowFixture {

  @Start
  void start(Stage stage) {
    openMainWindow(stage);
  }

  @Test
  void typingFiltersTheUsers() throws TimeoutException {
    clickOn("#nav-users");
    waitForStatus("#usersStatus", "2 users");
    waitForRows("#usersTable", UserRow::name, List.of("Armin Ronacher", "Kenneth Reitz"));
    assertCellShown("#usersTable", "never");

    clickOn("#usersSearch").write("kennethreitz");

    waitForStatus("#usersStatus", "1 user matching \u201ckennethreitz\u201d");
    waitForRows("#usersTable", UserRow::email, List.of("me@kennethreitz.com"));
    assertCellShown("#usersTable", "Kenneth Reitz");
  }

  @Test
  void theClearButtonBringsEveryoneBack() throws TimeoutException {
    clickOn("#nav-users");
    clickOn("#usersSearch").write("armin");
    waitForStatus("#usersStatus", "1 user matching \u201carmin\u201d");

    clickOn("#users .search-clear");

    waitForStatus("#usersStatus", "2 users");
    waitForRows("#usersTable", UserRow::name, List.of("Armin Ronacher", "Kenneth Reitz"));
  }

  @Test
  void ctrlFSearchesTheSectionShown() throws TimeoutException {
    clickOn("#nav-users");
    waitForStatus("#usersStatus", "2 users");
    clickOn("#usersTable");
    press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
    write("ronacher");

    waitForStatus("#usersStatus", "1 user matching \u201cronacher\u201d");
    waitForRows("#usersTable", UserRow::name, List.of("Armin Ronacher"));
  }
}
