package org.packdesk.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real application as a curator starts it: the window first, the catalog opened (and its
 * services made) in the background, then the main view of the catalog named by {@code --db}.
 */
class PackdeskAppStartTest extends FxRobot {

  @TempDir
  Path dir;
  private Application app;

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      FxToolkit.cleanupApplication(app);
    }
    FxToolkit.cleanupStages();
  }

  @Test
  void theWindowOpensANewCatalogInTheBackgroundAndShowsItsDashboard() throws Exception {
    Stage stage = FxToolkit.registerPrimaryStage();
    Path catalog = dir.resolve("new-catalog");

    app = FxToolkit.setupApplication(PackdeskApp.class, "--db", catalog.toString());

    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#nav-packages").tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(stage.getTitle().startsWith("Packdesk \u2014 "), stage.getTitle());
    assertTrue(stage.getTitle().contains("new-catalog"), stage.getTitle());
    assertTrue(Files.exists(dir.resolve("new-catalog.mv.db")), "the catalog file is made");
    assertTrue(lookup(node -> node instanceof Label label && "Welcome to Packdesk".equals(label.getText())
        && label.isVisible()).tryQuery().isPresent(), "an empty catalog greets the curator");
  }
}
