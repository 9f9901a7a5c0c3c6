package org.packdesk.ui.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.app.Preferences;
import org.packdesk.app.Preferences.Theme;
import org.packdesk.ui.browse.HeldBackground;

/** The Preferences dialog's rules, without a toolkit. */
class PreferencesViewModelTest {

  @TempDir
  Path dir;

  final List<Preferences> saved = new ArrayList<>();
  final List<Theme> applied = new ArrayList<>();
  final HeldBackground background = new HeldBackground();
  int closedAfterSave;

  private PreferencesViewModel model(Preferences current) {
    return new PreferencesViewModel(current, "/home/ann/.local/share/packdesk/catalog.mv.db", saved::add,
        applied::add, background);
  }

  @Test
  void theCuratorNameMustNotBeBlank() {
    PreferencesViewModel model = model(new Preferences("ann", Theme.LIGHT, ""));
    assertTrue(model.canSave().get());
    assertEquals("", model.curatorErrorProperty().get());

    model.curatorNameProperty().set("   ");
    assertFalse(model.canSave().get());
    assertEquals("Give the name the journal records your changes under.", model.curatorErrorProperty().get());

    model.curatorNameProperty().set("x".repeat(201));
    assertFalse(model.canSave().get());

    model.curatorNameProperty().set("  Ann Curator ");
    assertTrue(model.canSave().get());
  }

  @Test
  void savingWritesTrimmedValuesInTheBackground() {
    PreferencesViewModel model = model(new Preferences("ann", Theme.LIGHT, ""));
    model.curatorNameProperty().set("  Ann Curator ");
    Path catalog = dir.resolve("new/folder/catalog");
    model.defaultCatalogProperty().set(" " + catalog + " ");

    model.save(() -> closedAfterSave++);
    assertTrue(model.savingProperty().get());
    assertFalse(model.canSave().get(), "no second save meanwhile");
    assertTrue(saved.isEmpty());

    background.finishAll();

    assertEquals(List.of(new Preferences("Ann Curator", Theme.LIGHT, catalog.toString())), saved);
    assertEquals(1, closedAfterSave);
    assertFalse(model.savingProperty().get());
  }

  @Test
  void theThemeIsPreviewedAndPutBackOnCancel() {
    PreferencesViewModel model = model(new Preferences("ann", Theme.LIGHT, ""));
    model.themeProperty().set(Theme.DARK);
    assertEquals(List.of(Theme.DARK), applied, "applied at once");

    model.closed();
    assertEquals(List.of(Theme.DARK, Theme.LIGHT), applied, "cancelled: back to light");
  }

  @Test
  void aSavedThemeStays() {
    PreferencesViewModel model = model(new Preferences("ann", Theme.LIGHT, ""));
    model.themeProperty().set(Theme.DARK);
    model.save(() -> closedAfterSave++);
    background.finishAll();
    model.closed();

    assertEquals(List.of(Theme.DARK), applied);
    assertEquals(Theme.DARK, saved.get(0).theme());
  }

  @Test
  void aCatalogThatCannotBeCreatedIsNotSaved() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "a file");
    PreferencesViewModel model = model(new Preferences("ann", Theme.LIGHT, ""));
    model.defaultCatalogProperty().set(file.resolve("catalog").toString());

    model.save(() -> closedAfterSave++);
    background.finishAll();

    assertTrue(saved.isEmpty());
    assertEquals(0, closedAfterSave);
    assertEquals("The folder " + file + " cannot be created: " + file + " is a file.", model.catalogErrorProperty().get());

    model.defaultCatalogProperty().set(dir.resolve("catalog").toString());
    assertEquals("", model.catalogErrorProperty().get(), "the error goes as the curator edits");
  }

  @Test
  void checksTheCatalogLocation() {
    assertEquals("", PreferencesViewModel.catalogProblem(""), "empty: the built-in default");
    assertEquals("", PreferencesViewModel.catalogProblem("jdbc:h2:tcp://catalogs/main"));
    assertEquals("", PreferencesViewModel.catalogProblem(dir.resolve("catalog").toString()));
    assertEquals("", PreferencesViewModel.catalogProblem(dir.resolve("a/b/catalog.mv.db").toString()), "folders to create");
    assertTrue(PreferencesViewModel.catalogProblem("catalogs/main").startsWith("Give the full path"));
    assertEquals(dir + " is a folder: name the catalog file in it, e.g. " + dir.resolve("catalog") + ".",
        PreferencesViewModel.catalogProblem(dir.toString()));
  }

  @Test
  void aFailedWriteIsShownAndTheDialogStaysOpen() {
    PreferencesViewModel model = new PreferencesViewModel(new Preferences("ann", Theme.LIGHT, ""), "", p -> {
      throw new IOException("Packdesk cannot save its preferences in /x/preferences.properties (access denied).");
    }, applied::add, background);

    model.save(() -> closedAfterSave++);
    background.finishAll();

    assertEquals("Packdesk cannot save its preferences in /x/preferences.properties (access denied).",
        model.saveErrorProperty().get());
    assertEquals(0, closedAfterSave);
    assertTrue(model.canSave().get(), "the curator may try again");
  }
}
