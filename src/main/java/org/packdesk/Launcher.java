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
    configureLogging();
    if (PackdeskCommand.isHeadless(args)) {
      // report exports draw charts with Java2D: no display is needed, nor wanted on a server
      System.setProperty("java.awt.headless", "true");
      System.exit(PackdeskCommand.run(args));
    }
    org.packdesk.app.PackdeskApp.launchWith(args);
  }

  /** The log file lives in the data folder; JavaFX's java.util.logging goes there too. */
  static void configureLogging() {
    if (System.getProperty("packdesk.logDir") == null) {
      System.setProperty("packdesk.logDir",
          org.packdesk.db.DataDirectories.system().dataDir().resolve("logs").toString());
    }
    org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
    org.slf4j.bridge.SLF4JBridgeHandler.install();
  }
}
