package org.packdesk.app;

import java.util.Locale;

/**
 * The curator's settings for this machine.
 *
 * @param curatorName who the journal names for changes and imports made in the app
 * @param theme the look of the window
 * @param defaultCatalog the catalog opened when neither {@code --db} nor {@code PACKDESK_DB}
 *     names one; blank for the built-in default in the data folder
 */
public record Preferences(String curatorName, Theme theme, String defaultCatalog) {

  /** The window's look: AtlantaFX's Primer, light or dark. */
  public enum Theme {
    LIGHT("Light"),
    DARK("Dark");

    private final String label;

    Theme(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** The theme named {@code value} (any case), or {@code fallback} for none or an unknown one. */
    public static Theme parse(String value, Theme fallback) {
      for (Theme theme : values()) {
        if (theme.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
          return theme;
        }
      }
      return fallback;
    }

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Preferences {
    curatorName = curatorName == null ? "" : curatorName.trim();
    theme = theme == null ? Theme.LIGHT : theme;
    defaultCatalog = defaultCatalog == null ? "" : defaultCatalog.trim();
  }

  /** A new installation's settings: the OS user as curator, light, the built-in catalog. */
  public static Preferences defaults() {
    return new Preferences(System.getProperty("user.name", "curator"), Theme.LIGHT, "");
  }
}
