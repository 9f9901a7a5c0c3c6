package org.packdesk.ui.preferences;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.packdesk.app.Preferences;
import org.packdesk.app.Preferences.Theme;
import org.packdesk.ui.browse.BrowseViewModel.Background;

/**
 * The Preferences dialog's state: the curator name (never blank), the theme (previewed as it is
 * chosen, put back on cancel) and the default catalog (checked when saved, in the background).
 */
public final class PreferencesViewModel {

  /** The journal's column holds this many characters of a name. */
  public static final int CURATOR_NAME_MAX = 200;

  /** Writes the preferences (the store, in the app). */
  @FunctionalInterface
  public interface Saver {
    void save(Preferences preferences) throws IOException;
  }

  private final Preferences original;
  private final Saver saver;
  private final Consumer<Theme> applyTheme;
  private final Background background;
  private final String builtInCatalog;
  private final StringProperty curatorName = new SimpleStringProperty(this, "curatorName");
  private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
  private final StringProperty defaultCatalog = new SimpleStringProperty(this, "defaultCatalog");
  private final ReadOnlyStringWrapper catalogError = new ReadOnlyStringWrapper(this, "catalogError", "");
  private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper(this, "saveError", "");
  private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
  private final StringBinding curatorError = Bindings.createStringBinding(() -> curatorProblem(curatorName.get()), curatorName);
  private final BooleanBinding canSave = curatorError.isEmpty().and(saving.not());
  private boolean saved;

  /**
   * @param builtInCatalog where the catalog is when this preference is empty (for the hint)
   * @param applyTheme restyles the application (a preview while the dialog is open)
   */
  public PreferencesViewModel(Preferences current, String builtInCatalog, Saver saver, Consumer<Theme> applyTheme,
      Background background) {
    this.original = current;
    this.builtInCatalog = builtInCatalog;
    this.saver = saver;
    this.applyTheme = applyTheme;
    this.background = background;
    curatorName.set(current.curatorName());
    theme.set(current.theme());
    defaultCatalog.set(current.defaultCatalog());
    theme.addListener((obs, old, now) -> applyTheme.accept(now == null ? Theme.LIGHT : now));
    defaultCatalog.addListener((obs, old, now) -> catalogError.set(""));
  }

  public StringProperty curatorNameProperty() {
    return curatorName;
  }

  public ObjectProperty<Theme> themeProperty() {
    return theme;
  }

  public StringProperty defaultCatalogProperty() {
    return defaultCatalog;
  }

  /** Why the curator name cannot be saved; empty when it can. */
  public StringBinding curatorErrorProperty() {
    return curatorError;
  }

  /** Why the default catalog cannot be used; set when saving finds it. */
  public ReadOnlyStringProperty catalogErrorProperty() {
    return catalogError.getReadOnlyProperty();
  }

  /** Why the preferences could not be written. */
  public ReadOnlyStringProperty saveErrorProperty() {
    return saveError.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty savingProperty() {
    return saving.getReadOnlyProperty();
  }

  public BooleanBinding canSave() {
    return canSave;
  }

  /** The hint under the catalog field. */
  public String catalogHint() {
    return "Opened at the next start when neither --db nor PACKDESK_DB names a catalog. Leave it empty for "
        + builtInCatalog + ".";
  }

  public String builtInCatalog() {
    return builtInCatalog;
  }

  /**
   * Checks the catalog location and writes the preferences, in the background; {@code onSaved}
   * runs (on the FX thread) when they are written and in effect.
   */
  public void save(Runnable onSaved) {
    if (!canSave.get()) {
      return;
    }
    String catalog = expandHome(defaultCatalog.get());
    Preferences wanted = new Preferences(curatorName.get(), theme.get(), catalog);
    saving.set(true);
    saveError.set("");
    catalogError.set("");
    background.run(() -> {
      String problem = catalogProblem(catalog);
      if (problem.isEmpty()) {
        saver.save(wanted);
      }
      return problem;
    }, problem -> {
      saving.set(false);
      catalogError.set(problem);
      if (problem.isEmpty()) {
        saved = true;
        defaultCatalog.set(catalog);
        onSaved.run();
      }
    }, error -> {
      saving.set(false);
      saveError.set(error.getMessage() == null ? error.toString() : error.getMessage());
    });
  }

  /** The dialog closed: unless saved, the theme goes back to what it was. */
  public void closed() {
    if (!saved && theme.get() != original.theme()) {
      applyTheme.accept(original.theme());
    }
  }

  static String curatorProblem(String name) {
    if (name == null || name.isBlank()) {
      return "Give the name the journal records your changes under.";
    }
    if (name.trim().length() > CURATOR_NAME_MAX) {
      return "A name of at most " + CURATOR_NAME_MAX + " characters, please.";
    }
    return "";
  }

  /**
   * Why {@code location} cannot hold a catalog; empty when it can (or is empty: the built-in
   * default). A JDBC URL is taken as it is; a file needs a folder that exists or can be created.
   * Reads the file system: call it off the FX thread.
   */
  static String catalogProblem(String location) {
    if (location == null || location.isBlank() || location.trim().startsWith("jdbc:")) {
      return "";
    }
    Path path;
    try {
      path = Path.of(location.trim());
    } catch (InvalidPathException e) {
      return "\u201c" + location.trim() + "\u201d is not a valid path.";
    }
    if (!path.isAbsolute()) {
      return "Give the full path (Packdesk may start in any folder), e.g. "
          + Path.of(System.getProperty("user.home")).resolve(path) + ".";
    }
    if (Files.isDirectory(path)) {
      return path + " is a folder: name the catalog file in it, e.g. " + path.resolve("catalog") + ".";
    }
    Path folder = path.getParent();
    if (folder == null) {
      return "Name a catalog file inside a folder.";
    }
    Path existing = folder;
    while (!Files.exists(existing) && existing.getParent() != null) {
      existing = existing.getParent();
    }
    if (!Files.isDirectory(existing)) {
      return "The folder " + folder + " cannot be created: " + existing + " is a file.";
    }
    if (!Files.isWritable(existing)) {
      return existing.equals(folder)
          ? "The folder " + folder + " is not writable."
          : "The folder " + folder + " cannot be created: " + existing + " is not writable.";
    }
    return "";
  }

  private static String expandHome(String location) {
    String trimmed = location == null ? "" : location.trim();
    return trimmed.equals("~") || trimmed.startsWith("~/")
        ? System.getProperty("user.home") + trimmed.substring(1)
        : trimmed;
  }
}
