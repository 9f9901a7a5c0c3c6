package org.packdesk.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.packdesk.db.DataDirectories;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the curator left the window and its dividers ({@code layout.properties} in the config
 * folder): numbers by name, such as {@code window.width} or {@code split.users.master-detail.0}.
 * Read once at start, written once at exit (by a shutdown hook, so also when the session ends).
 * A broken or unwritable file only costs the layout, never a start.
 * No JavaFX here; {@code ui.common.LayoutMemory} applies the numbers to the window.
 */
public final class LayoutStore {

  public static final String FILE_NAME = "layout.properties";
  private static final Logger LOG = LoggerFactory.getLogger(LayoutStore.class);

  private final PropertiesFile file;
  private final Map<String, Double> numbers = new ConcurrentHashMap<>();

  private LayoutStore(PropertiesFile file) {
    this.file = file;
  }

  /** The layout kept in {@code configDir}, read now. */
  public static LayoutStore in(Path configDir) {
    LayoutStore store = new LayoutStore(new PropertiesFile(configDir.resolve(FILE_NAME), "its window layout",
        "Packdesk window layout"));
    store.file.read().forEach((key, value) -> {
      try {
        double number = Double.parseDouble(value.toString());
        if (Double.isFinite(number)) {
          store.numbers.put(key.toString(), number);
        }
      } catch (NumberFormatException e) {
        LOG.warn("Ignoring {} = {} in {}: not a number", key, value, store.file.path());
      }
    });
    return store;
  }

  /** The user's layout, in the platform's config folder. */
  public static LayoutStore system() {
    return in(DataDirectories.system().configDir());
  }

  /** A layout that starts empty and is never written (tests, and windows opened on a catalog a test made). */
  public static LayoutStore inMemory() {
    return new LayoutStore(null);
  }

  public OptionalDouble number(String key) {
    Double number = numbers.get(key);
    return number == null ? OptionalDouble.empty() : OptionalDouble.of(number);
  }

  public void put(String key, double number) {
    if (Double.isFinite(number)) {
      numbers.put(key, number);
    }
  }

  /** Writes the layout; a failure is logged, not shown: it costs only where the dividers were. */
  public synchronized void save() {
    if (file == null) {
      return;
    }
    Properties values = new Properties();
    numbers.forEach((key, number) -> values.setProperty(key, Double.toString(number)));
    try {
      file.write(values);
    } catch (IOException e) {
      LOG.warn(e.getMessage(), e);
    }
  }
}
