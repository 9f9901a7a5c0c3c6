package org.packdesk.ui.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.packdesk.catalog.PackageRef;
import org.packdesk.catalog.UserDetail;
import org.packdesk.model.MaintainerRole;
import org.packdesk.ui.common.RecordingEditor;

class MaintainerFormViewModelTest {

  private static final PackageRef FLASK = new PackageRef("flask", "Flask", "Web framework");
  private static final PackageRef REQUESTS = new PackageRef("requests", "requests", "HTTP for Humans");
  private static final UserDetail ARMIN = new UserDetail(7, "Armin Ronacher", "armin@example.org", null, null, false,
      List.of(new UserDetail.PackageRole(FLASK, MaintainerRole.OWNER)));

  private final RecordingEditor editor = new RecordingEditor();
  private final MaintainerFormViewModel form = new MaintainerFormViewModel(ARMIN, editor);

  @Test
  void aPackageMustBeChosenThatTheUserIsNotOnYet() {
    assertFalse(form.canSaveProperty().get());
    form.chosenPackageProperty().set(FLASK);
    assertEquals("Armin Ronacher is already on Flask: change the role in the list instead.",
        form.choiceProblemProperty().get());
    assertFalse(form.canSaveProperty().get());
    form.chosenPackageProperty().set(REQUESTS);
    assertEquals("", form.choiceProblemProperty().get());
    assertTrue(form.canSaveProperty().get());
  }

  @Test
  void savesTheChosenRole() {
    assertEquals(MaintainerRole.MAINTAINER, form.roleProperty().get(), "the smaller role unless chosen");
    form.chosenPackageProperty().set(REQUESTS);
    form.roleProperty().set(MaintainerRole.OWNER);
    form.save(() -> { });
    assertEquals("Make Armin Ronacher owner of requests", editor.onlyChange());
  }
}
