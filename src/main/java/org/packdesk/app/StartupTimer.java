package org.packdesk.app;

import java.lang.management.ManagementFactory;
import javafx.scene.Scene;
import org.packdesk.ui.common.NextFrame;

/**
 * Prints when the window first shows something, in milliseconds since the JVM started, for the
 * scale benchmark's "time to first window" ({@code -Dpackdesk.startupTiming=true}); silent and
 * free otherwise.
 */
final class StartupTimer {

  private static final boolean ENABLED = Boolean.getBoolean("packdesk.startupTiming");

  private StartupTimer() {
  }

  /** Prints {@code what} now. */
  static void now(String what) {
    if (ENABLED) {
      System.out.printf("packdesk-startup: %s at %d ms%n", what, ManagementFactory.getRuntimeMXBean().getUptime());
      System.out.flush();
    }
  }

  /** Prints {@code what} once the scene has been laid out for the next frame. */
  static void afterNextPulse(Scene scene, String what) {
    if (ENABLED) {
      NextFrame.then(scene, () -> now(what));
    }
  }
}
