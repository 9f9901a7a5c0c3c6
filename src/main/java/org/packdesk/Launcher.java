package org.packdesk;

import org.packdesk.cli.PackdeskCommand;

/**
 * Entry point of the jar. With a subcommand it runs headless (see {@link PackdeskCommand});
 * without one it opens the desktop application. A plain class, not an Application subclass, so
 * the JavaFX runtime can be loaded from the class path.
 */
public final class Launcher {

  private Launcher() {
  }

  public static void main(String[] args) {
    if (PackdeskCommand.isHeadless(args)) {
      System.exit(PackdeskCommand.run(args));
    }
    org.packdesk.app.PackdeskApp.launchWith(args);
  }
}
