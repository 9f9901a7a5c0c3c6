package org.packdesk.ui.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.packdesk.catalog.UserRow;
import org.packdesk.ui.EditingFixture;
import org.testfx.framework.junit5.Start;

/** A curator adds and edits users and sets their passwords, in the real window. */
class UserEditingViewTest extends EditingFixture {

  @Start
  void start(Stage stage) {
    openMainWindow(stage);
  }

  private String storedHashOfArmin() {
    return context.catalog().database()
        .sqlQuery("select hashed_password from users where email_key = 'armin.ronacher@active-4.com'")
        .mapToScalar(String.class).findOne();
  }

  @Test
  void anAddedUserAppearsInTheTableAndIsShown() throws TimeoutException {
    clickOn("#nav-users");
    waitForStatus("#usersStatus", "2 users");
    clickOn("#addUserButton");
    Button save = lookup("#formSubmit").queryButton();
    assertTrue(save.isDisabled(), "nothing typed yet");
    clickOn("#userNameField").write("Grace Hopper");
    clickOn("#userEmailField").write("grace@example");
    assertEquals("This is not an e-mail address (like ada@example.org).", textOf("#userEmailError"));
    assertTrue(save.isDisabled());
    write(".org");
    assertFalse(lookup("#userEmailError").queryAs(Label.class).isVisible());
    clickOn("#formSubmit");

    waitForRows("#usersTable", UserRow::name, List.of("Armin Ronacher", "Grace Hopper", "Kenneth Reitz"));
    waitForText("#userDetailName", "Grace Hopper");
    assertEquals("grace@example.org", textOf("#userDetailEmail"));
    assertEquals("Grace Hopper", ((UserRow) table("#usersTable").getSelectionModel().getSelectedItem()).name(),
        "the new user is chosen in the table");
  }

  @Test
  void aTakenAddressShowsTheCatalogsRefusalInTheForm() throws TimeoutException {
    clickOn("#nav-users");
    waitForStatus("#usersStatus", "2 users");
    clickOn("#addUserButton");
    clickOn("#userNameField").write("Impostor");
    clickOn("#userEmailField").write("ME@kennethreitz.com");
    clickOn("#formSubmit");

    waitForText("#userSaveError", "ME@kennethreitz.com is already the e-mail of Kenneth Reitz.");
    assertTrue(lookup("#userEmailField").query().getPseudoClassStates().stream()
        .anyMatch(state -> state.getPseudoClassName().equals("danger")), "the address is marked");
    clickOn("Cancel");
    waitForStatus("#usersStatus", "2 users");
  }

  @Test
  void editingAUserChangesTheirNameEverywhere() throws TimeoutException {
    clickOn("#nav-users");
    clickCell("#usersTable", "Armin Ronacher");
    waitForText("#userDetailName", "Armin Ronacher");
    clickOn("#editUserButton");
    assertTrue(lookup("#formSubmit").queryButton().isDisabled(), "nothing changed yet");
    doubleClickOn("#userNameField").eraseText(20).write("Armin R.");
    clickOn("#formSubmit");

    waitForText("#userDetailName", "Armin R.");
    waitForRows("#usersTable", UserRow::name, List.of("Armin R.", "Kenneth Reitz"));
  }

  @Test
  void aPasswordIsStoredOnlyAsItsArgon2idHash() throws TimeoutException {
    clickOn("#nav-users");
    clickCell("#usersTable", "Armin Ronacher");
    waitForText("#userDetailPassword", "Not set");
    assertTrue(lookup("#clearPasswordButton").queryButton().isDisabled());
    clickOn("#setPasswordButton");
    clickOn("#passwordField").write("short");
    assertEquals("At least 8 characters, please (5 so far).", textOf("#passwordError"));
    write(" but fine");
    clickOn("#passwordConfirmationField").write("short but fin");
    assertEquals("The two passwords differ.", textOf("#passwordConfirmationError"));
    assertTrue(lookup("#formSubmit").queryButton().isDisabled());
    write("e");
    assertFalse(lookup("#formSubmit").queryButton().isDisabled());
    clickOn("#formSubmit");

    waitForText("#userDetailPassword", "Set (Argon2id hash)");
    String stored = storedHashOfArmin();
    assertTrue(stored.startsWith("$argon2id$"), stored);
    assertFalse(stored.contains("short but fine"));
    waitForText("#setPasswordButton", "Reset password\u2026");

    clickOn("#clearPasswordButton");
    clickOn("#confirmButton");
    waitForText("#userDetailPassword", "Not set");
    assertNull(storedHashOfArmin());
  }
}
