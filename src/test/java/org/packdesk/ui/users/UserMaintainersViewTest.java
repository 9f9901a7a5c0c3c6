package org.packdesk.ui.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.controls.Message;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.packdesk.catalog.UserDetail.PackageRole;
import org.packdesk.model.MaintainerRole;
import org.packdesk.ui.EditingFixture;
import org.testfx.framework.junit5.Start;

/** A curator gives users roles on packages from the user's detail pane, in the real window. */
class UserMaintainersViewTest extends EditingFixture {

  @Start
  void start(Stage stage) {
    openMainWindow(stage);
  }

  private List<String> rolesShown() {
    TableView<PackageRole> packages = lookup("#userPackagesTable").queryTableView();
    return packages.getItems().stream().map(r -> r.pkg().id() + " " + r.role()).toList();
  }

  private void waitForRoles(List<String> expected) throws TimeoutException {
    try {
      waitUntil(() -> rolesShown().equals(expected));
    } catch (TimeoutException e) {
      throw new AssertionError("Expected roles " + expected + " but saw " + rolesShown(), e);
    }
  }

  @Test
  void arminAddedToRequestsShowsInHisDetail() throws TimeoutException {
    clickOn("#nav-users");
    clickCell("#usersTable", "Armin Ronacher");
    waitForRoles(List.of("flask OWNER"));
    clickOn("#addMaintainerButton");
    write("requ");
    clickListEntry("#maintainerPackageList", "requests");
    clickOn("#formSubmit");

    waitForRoles(List.of("flask OWNER", "requests MAINTAINER"));
    waitForStatus("#usersStatus", "2 users");
    waitForShown("#userPackagesTable .role-badge", "Maintainer");

    clickCell("#userPackagesTable", "requests");
    waitForText("#toggleRoleButton", "Make owner");
    clickOn("#toggleRoleButton");
    waitForRoles(List.of("flask OWNER", "requests OWNER"));
  }

  @Test
  void aPackageHeAlreadyHasIsNotOfferedTwice() throws TimeoutException {
    clickOn("#nav-users");
    clickCell("#usersTable", "Armin Ronacher");
    waitForRoles(List.of("flask OWNER"));
    clickOn("#addMaintainerButton");
    write("flask");
    clickListEntry("#maintainerPackageList", "Flask");
    waitForText("#maintainerChoiceProblem", "Armin Ronacher is already on Flask: change the role in the list instead.");
    assertTrue(lookup("#formSubmit").queryButton().isDisabled());
    clickOn("Cancel");
  }

  @Test
  void theOnlyOwnerOfRequestsCannotBeRemoved() throws TimeoutException {
    clickOn("#nav-users");
    clickCell("#usersTable", "Kenneth Reitz");
    waitForRoles(List.of("flask MAINTAINER", "requests OWNER"));
    clickCell("#userPackagesTable", "requests");
    clickOn("#removeMaintainerButton");
    clickOn("#confirmButton");

    Message problem = lookup("#userDetailProblem").queryAs(Message.class);
    waitUntil(problem::isVisible);
    assertTrue(problem.getDescription().contains("Kenneth Reitz is the only owner of requests"), problem.getDescription());
    assertEquals(List.of("flask MAINTAINER", "requests OWNER"), rolesShown(), "nothing changed");
  }
}
