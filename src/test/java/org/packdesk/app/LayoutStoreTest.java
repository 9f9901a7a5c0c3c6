package org.packdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's layout survives a restart; a broken or unwritable file costs the layout, never a start. */
class LayoutStoreTest {

  @TempDir
  Path dir;

  @Test
  void numbersSavedAtExitComeBackAtTheNextStart() {
    Path config = dir.resolve("config/packdesk");
    LayoutStore store = LayoutStore.in(config);
    assertEquals(OptionalDouble.empty(), store.number("split.packages.0"));
    assertFalse(Files.exists(config), "reading writes nothing");
    store.put("split.packages.0", 0.62);
    store.put("window.width", 1366);
    store.save();

    LayoutStore next = LayoutStore.in(config);
    assertEquals(OptionalDouble.of(0.62), next.number("split.packages.0"));
    assertEquals(OptionalDouble.of(1366), next.number("window.width"));
  }

  @Test
  void whatIsNotAFiniteNumberIsLeftOut() throws IOException {
    Files.writeString(dir.resolve(LayoutStore.FILE_NAME),
        "window.width=wide\nwindow.height=NaN\nwindow.x=Infinity\nsplit.users.0=0.4\n");
    LayoutStore store = LayoutStore.in(dir);
    assertEquals(OptionalDouble.empty(), store.number("window.width"));
    assertEquals(OptionalDouble.empty(), store.number("window.height"));
    assertEquals(OptionalDouble.empty(), store.number("window.x"));
    assertEquals(OptionalDouble.of(0.4), store.number("split.users.0"));
    store.put("window.y", Double.NaN);
    assertEquals(OptionalDouble.empty(), store.number("window.y"));
  }

  @Test
  void anUnwritableFolderLosesOnlyTheLayout() throws IOException {
    Path blocker = dir.resolve("config");
    Files.writeString(blocker, "a file where the folder should be");
    LayoutStore store = LayoutStore.in(blocker);
    store.put("window.width", 1000);
    store.save(); // logged, not thrown: the app is closing
    assertEquals(OptionalDouble.of(1000), store.number("window.width"));
    assertEquals("a file where the folder should be", Files.readString(blocker));
  }
}
