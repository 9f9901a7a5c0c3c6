package org.packdesk.ui.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.app.AppContext;
import org.packdesk.app.PackdeskApp;
import org.packdesk.importer.PypiJsonSamples;
import org.packdesk.ui.common.DialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A curator on an empty catalog imports a folder from the welcome page and sees the result. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {

  @TempDir
  static Path dir;
  AppContext context;

  @Start
  void start(Stage stage) {
    PackdeskApp.applyTheme();
    stage.setScene(new Scene(new StackPane(), 1280, 800));
    stage.getScene().getStylesheets().add(PackdeskApp.STYLESHEET);
    stage.show();
    context = new AppContext(TestCatalogs.open(dir.resolve("catalog-" + System.nanoTime())), new DialogService(stage));
    PackdeskApp.showMainWindow(stage, context);
  }

  @AfterEach
  void close() throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    context.close();
  }

  @Test
  void importFromTheWelcomePageFillsTheCatalog(FxRobot robot) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("metadata"));
    PypiJsonSamples.write(folder, "demo.json", PypiJsonSamples.DEMO);
    PypiJsonSamples.write(folder, "other.json", PypiJsonSamples.OTHER);
    PypiJsonSamples.write(folder, "broken.json", "{\"info\": ");

    waitUntil(robot, () -> robot.lookup("#welcome").query().isVisible());
    robot.clickOn("#welcomeImport");
    waitUntil(robot, () -> robot.lookup("#importPath").tryQuery().isPresent());

    robot.clickOn("#importPath").write(dir.resolve("missing").toString()).type(KeyCode.ENTER);
    Label error = robot.lookup("#importPathError").queryAs(Label.class);
    assertTrue(error.getText().contains("There is no file or folder"), error.getText());

    robot.clickOn("#importPath").type(KeyCode.END).eraseText(dir.resolve("missing").toString().length())
        .write(folder.toString()).type(KeyCode.ENTER);
    ListView<?> sources = robot.lookup("#importSources").queryAs(ListView.class);
    assertEquals(1, sources.getItems().size());

    robot.clickOn("#importStart");
    Label title = robot.lookup("#importResultTitle").queryAs(Label.class);
    waitUntil(robot, () -> title.getText() != null && title.getText().startsWith("Imported"));
    assertEquals("Imported 2 files; 1 were rejected and left out.", title.getText());
    ListView<?> rejected = robot.lookup("#importRejected").queryAs(ListView.class);
    assertEquals(1, rejected.getItems().size());
    assertTrue(rejected.getItems().get(0).toString().startsWith("broken.json: ends in the middle"),
        rejected.getItems().get(0).toString());

    robot.clickOn("#importClose");
    Label packages = robot.lookup("#countPackages").queryAs(Label.class);
    try {
      waitUntil(robot, () -> "2".equals(packages.getText()));
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("count " + packages.getText() + ", revision " + context.catalogRevisionProperty().get()
          + ", running " + context.tasks().runningProperty().get() + ", windows "
          + javafx.stage.Window.getWindows().stream().map(w -> w.getClass().getSimpleName() + ":" + w.isShowing()).toList());
    }
    Node welcome = robot.lookup("#welcome").query();
    assertTrue(!welcome.isVisible(), "the welcome gives way to the overview");
    waitUntil(robot, () -> robot.lookup("#statusCounts").queryAs(Label.class).getText().startsWith("2 packages"));
  }

  static void waitUntil(FxRobot robot, java.util.concurrent.Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    WaitForAsyncUtils.waitForFxEvents();
  }
}
