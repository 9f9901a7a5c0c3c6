package org.packdesk.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work to run once, when a scene has been laid out for its next frame: after what the curator sees first. */
public final class NextFrame {

  private NextFrame() {
  }

  /** Runs {@code work} on the FX thread right after the next layout pass of {@code scene}. */
  public static void then(Scene scene, Runnable work) {
    Runnable[] listener = new Runnable[1];
    boolean[] ran = {false};
    listener[0] = () -> {
      if (!ran[0]) {
        ran[0] = true;
        work.run();
      }
      // not while the scene walks its listeners
      Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
    };
    scene.addPostLayoutPulseListener(listener[0]);
  }
}
