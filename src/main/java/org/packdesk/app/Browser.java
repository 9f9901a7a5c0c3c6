package org.packdesk.app;

import javafx.application.HostServices;
import org.slf4j.LoggerFactory;

/** Opens web addresses (and mailto: links) in the person's browser or mail program. */
@FunctionalInterface
public interface Browser {

  void open(String url);

  /** The desktop's browser, through the application's host services. */
  static Browser of(HostServices hostServices) {
    return hostServices::showDocument;
  }

  /** Where no desktop is at hand (tests, a catalog opened without the app): only logs. */
  static Browser unavailable() {
    return url -> LoggerFactory.getLogger(Browser.class).info("No browser to open {}", url);
  }
}
