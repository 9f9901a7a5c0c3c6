package org.packdesk.ui.releases;

import java.util.Optional;
import org.packdesk.ui.common.DialogService;

/**
 * The question before a release is yanked, wherever the curator yanks it (the package detail, the
 * Releases section): what yanking does, and why, which the confirm button waits for.
 */
public final class YankReason {

  private YankReason() {
  }

  /**
   * @param label the release as the journal names it ("requests 2.18.4")
   * @return the reason given, stripped; empty when the curator cancelled
   */
  public static Optional<String> ask(DialogService dialogs, String label, String version) {
    return dialogs.askText("Yank " + label + "?",
        "pip will no longer pick a yanked release, though it still installs one pinned exactly (==" + version
            + "). Say why, for the people who already use it.",
        "Reason, e.g. \u201cbroken wheel for Python 3.12\u201d", "Yank release");
  }
}
