package org.packdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.app.Preferences.Theme;

class PreferencesStoreTest {

  @TempDir
  Path dir;

  private final Preferences defaults = new Preferences("os-user", Theme.LIGHT, "");

  private PreferencesStore store(Path configDir) {
    return new PreferencesStore(configDir.resolve(PreferencesStore.FILE_NAME), defaults);
  }

  @Test
  void withoutAFileTheDefaultsApply() {
    PreferencesStore store = store(dir.resolve("config"));
    assertEquals(defaults, store.load());
    assertEquals(defaults, store.current());
    assertFalse(Files.exists(dir.resolve("config")), "loading writes nothing");
  }

  @Test
  void savedPreferencesComeBackInANewStore() throws IOException {
    Path config = dir.resolve("config/packdesk");
    Preferences mine = new Preferences("Ann Curator", Theme.DARK, "/srv/catalogs/main");
    PreferencesStore store = store(config);
    store.save(mine);
    assertEquals(mine, store.current(), "in effect at once");

    assertEquals(mine, store(config).load());
    try (Stream<Path> files = Files.list(config)) {
      assertEquals(1, files.count(), "no temporary file is left behind");
    }
  }

  @Test
  void savingAgainReplacesTheFile() throws IOException {
    PreferencesStore store = store(dir);
    store.save(new Preferences("ann", Theme.DARK, ""));
    store.save(new Preferences("bob", Theme.LIGHT, "/data/catalog"));
    assertEquals(new Preferences("bob", Theme.LIGHT, "/data/catalog"), store(dir).load());
  }

  @Test
  void blankOrUnknownValuesFallBackToTheDefaults() throws IOException {
    Files.writeString(dir.resolve(PreferencesStore.FILE_NAME), "curator.name=  \ntheme=purple\n");
    assertEquals(defaults, store(dir).load());
  }

  @Test
  void anUnwritableFolderIsAClearError() throws IOException {
    Path blocker = dir.resolve("config");
    Files.writeString(blocker, "a file where the folder should be");
    PreferencesStore store = store(blocker);

    IOException error = assertThrows(IOException.class, () -> store.save(new Preferences("ann", Theme.DARK, "")));

    assertTrue(error.getMessage().startsWith("Packdesk cannot save its preferences in " + blocker.resolve(PreferencesStore.FILE_NAME)),
        error.getMessage());
    assertTrue(error.getMessage().contains("Check that the folder " + blocker + " exists, or can be created, and is writable."),
        error.getMessage());
    assertEquals(defaults, store.current(), "the preferences in effect stay as they were");
  }
}
