package org.packdesk.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;
import org.packdesk.db.CatalogLocation;
import org.packdesk.db.DataDirectories;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@link Preferences} in a small properties file ({@code preferences.properties} in
 * the config folder) and knows the current ones, which the journal reads for every change.
 * No JavaFX here: the app loads it before the window exists, and tests point it at a temp folder.
 */
public final class PreferencesStore {

  public static final String FILE_NAME = "preferences.properties";
  private static final Logger LOG = LoggerFactory.getLogger(PreferencesStore.class);
  private static final String CURATOR = "curator.name";
  private static final String THEME = "theme";
  private static final String CATALOG = "catalog.default";

  private final PropertiesFile file;
  private final Preferences defaults;
  private volatile Preferences current;

  public PreferencesStore(Path file, Preferences defaults) {
    this.file = new PropertiesFile(file, "its preferences", "Packdesk preferences");
    this.defaults = defaults;
    this.current = defaults;
  }

  /** The store in {@code configDir}, with a new installation's defaults. */
  public static PreferencesStore in(Path configDir) {
    return new PreferencesStore(configDir.resolve(FILE_NAME), Preferences.defaults());
  }

  /** The user's store, in the platform's config folder. */
  public static PreferencesStore system() {
    return in(DataDirectories.system().configDir());
  }

  /** Where the catalog is when no option, variable or preference names one. */
  public static String builtInCatalog() {
    return CatalogLocation.builtInDefault(DataDirectories.system()).describe();
  }

  public Path file() {
    return file.path();
  }

  /** The preferences in effect: as loaded or last saved. */
  public Preferences current() {
    return current;
  }

  /**
   * Reads the file and makes its values current. A missing file gives the defaults; an unreadable
   * one too, with a warning in the log: a broken preferences file must not keep the app from starting.
   */
  public Preferences load() {
    Properties values = file.read();
    String curator = values.getProperty(CURATOR, "");
    current = new Preferences(curator.isBlank() ? defaults.curatorName() : curator,
        Preferences.Theme.parse(values.getProperty(THEME), defaults.theme()),
        values.getProperty(CATALOG, defaults.defaultCatalog()));
    return current;
  }

  /**
   * Writes {@code preferences} and makes them current. The file is replaced in one move from a
   * temporary file beside it, so a crash never leaves half a file.
   *
   * @throws IOException with a message for the curator when the folder cannot be written
   */
  public void save(Preferences preferences) throws IOException {
    Properties values = new Properties();
    values.setProperty(CURATOR, preferences.curatorName());
    values.setProperty(THEME, preferences.theme().key());
    values.setProperty(CATALOG, preferences.defaultCatalog());
    try {
      file.write(values);
    } catch (IOException e) {
      LOG.error("Cannot save the preferences in {}", file.path(), e);
      throw e;
    }
    current = preferences;
  }
}
