package org.packdesk.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which catalog opens: the option, else the variable, else the preference, else the built-in default. */
class CatalogLocationTest {

  private final DataDirectories dirs = new DataDirectories(Map.of(), "Linux", "/home/ann");
  private final Map<String, String> env = Map.of(CatalogLocation.ENV_VARIABLE, "/env/catalog");

  @Test
  void theOptionComesFirst() {
    assertEquals(Path.of("/opt/catalog"), CatalogLocation.resolve("/opt/catalog", env, "/pref/catalog", dirs).file().orElseThrow());
  }

  @Test
  void thenTheEnvironment() {
    assertEquals(Path.of("/env/catalog"), CatalogLocation.resolve(null, env, "/pref/catalog", dirs).file().orElseThrow());
  }

  @Test
  void thenThePreference() {
    assertEquals(Path.of("/pref/catalog"), CatalogLocation.resolve(" ", Map.of(), "/pref/catalog.mv.db", dirs).file().orElseThrow());
  }

  @Test
  void thenTheBuiltInDefault() {
    Path builtIn = Path.of("/home/ann/.local/share/packdesk/catalog");
    assertEquals(builtIn, CatalogLocation.resolve(null, Map.of(), "", dirs).file().orElseThrow());
    assertEquals(builtIn, CatalogLocation.resolve(null, Map.of(), dirs).file().orElseThrow());
    assertEquals(builtIn, CatalogLocation.builtInDefault(dirs).file().orElseThrow());
  }
}
