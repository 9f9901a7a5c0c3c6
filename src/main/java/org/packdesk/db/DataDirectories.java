package org.packdesk.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Packdesk keeps its files on each platform, following each platform's convention. */
public final class DataDirectories {

  private final Map<String, String> env;
  private final String osName;
  private final String userHome;

  public DataDirectories(Map<String, String> env, String osName, String userHome) {
    this.env = env;
    this.osName = osName.toLowerCase(Locale.ROOT);
    this.userHome = userHome;
  }

  public static DataDirectories system() {
    return new DataDirectories(System.getenv(), System.getProperty("os.name", ""),
        System.getProperty("user.home"));
  }

  /** {@code $XDG_DATA_HOME/packdesk}, {@code ~/.local/share/packdesk}, or the platform's equivalent. */
  public Path dataDir() {
    if (osName.startsWith("windows")) {
      return Path.of(firstSet("LOCALAPPDATA", "APPDATA").orElse(userHome), "Packdesk");
    }
    if (osName.startsWith("mac")) {
      return Path.of(userHome, "Library", "Application Support", "Packdesk");
    }
    return Path.of(nonBlank(env.get("XDG_DATA_HOME")).orElse(userHome + "/.local/share"), "packdesk");
  }

  /** {@code $XDG_CONFIG_HOME/packdesk}, {@code ~/.config/packdesk}, or the platform's equivalent. */
  public Path configDir() {
    if (osName.startsWith("windows") || osName.startsWith("mac")) {
      return dataDir();
    }
    return Path.of(nonBlank(env.get("XDG_CONFIG_HOME")).orElse(userHome + "/.config"), "packdesk");
  }

  private java.util.Optional<String> firstSet(String... names) {
    for (String name : names) {
      java.util.Optional<String> value = nonBlank(env.get(name));
      if (value.isPresent()) {
        return value;
      }
    }
    return java.util.Optional.empty();
  }

  private static java.util.Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(value);
  }
}
