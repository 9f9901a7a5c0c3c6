package org.packdesk.ui.languages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.packdesk.catalog.LanguageRow;
import org.packdesk.catalog.PackageRef;
import org.packdesk.ui.EditingFixture;
import org.testfx.framework.junit5.Start;

/** A curator renames and merges languages, in the real window. */
class LanguagesViewTest extends EditingFixture {

  @Start
  void start(Stage stage) {
    openMainWindow(stage);
  }

  private List<String> packagesListed() {
    ListView<PackageRef> list = lookup("#languagePackagesList").queryListView();
    return list.getItems().stream().map(PackageRef::id).toList();
  }

  private void renameTo(String name) {
    clickOn("#renameLanguageButton");
    clickOn("#askTextField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
    write(name).type(KeyCode.ENTER);
  }

  @Test
  void choosingALanguageListsItsPackages() throws TimeoutException {
    clickOn("#nav-languages");
    clickCell("#languagesTable", "Python :: 3.6");
    waitForText("#languageDetailName", "Python :: 3.6");
    waitUntil(() -> packagesListed().equals(List.of("numpy", "requests")));
    assertEquals("Declared by 2 packages", textOf("#languageDetailCount"));
  }

  @Test
  void aRenamedLanguageShowsUnderItsNewName() throws TimeoutException {
    clickOn("#nav-languages");
    clickCell("#languagesTable", "Python :: 3.6");
    waitForText("#languageDetailName", "Python :: 3.6");
    renameTo("Python :: 3.6 :: Only");

    // both declared by 2 packages: most declared first, ties by name in the same (descending) direction
    waitForRows("#languagesTable", LanguageRow::name, List.of("Python :: 3.6 :: Only", "Python :: 3"));
    waitForText("#languageDetailName", "Python :: 3.6 :: Only");
    waitUntil(() -> packagesListed().equals(List.of("numpy", "requests")));
  }

  @Test
  void renamingToATakenNameMergesOnceConfirmed() throws TimeoutException {
    clickOn("#nav-languages");
    clickCell("#languagesTable", "Python :: 3.6");
    waitForText("#languageDetailName", "Python :: 3.6");
    renameTo("Python :: 3");
    clickOn("#confirmButton");

    waitForRows("#languagesTable", LanguageRow::name, List.of("Python :: 3"));
    waitForRows("#languagesTable", LanguageRow::packages, List.of(3L));
    waitForText("#languageDetailName", "Python :: 3");
    waitUntil(() -> packagesListed().equals(List.of("flask", "numpy", "requests")));
  }

  @Test
  void mergeIntoChoosesTheLanguageThatRemains() throws TimeoutException {
    clickOn("#nav-languages");
    clickCell("#languagesTable", "Python :: 3");
    waitForText("#languageDetailName", "Python :: 3");
    clickOn("#mergeLanguageButton");
    clickListEntry("#mergeTargetList", "Python :: 3.6");
    clickOn("#formSubmit");

    waitForRows("#languagesTable", LanguageRow::name, List.of("Python :: 3.6"));
    waitForRows("#languagesTable", LanguageRow::packages, List.of(3L));
    waitForText("#languageDetailName", "Python :: 3.6");
  }
}
