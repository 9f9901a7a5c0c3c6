package org.packdesk.ui.packageeditor;

import java.util.Locale;
import javafx.util.StringConverter;
import org.packdesk.model.LifecycleStatus;

/** How a lifecycle status reads: "Active", "Deprecated", ... */
public final class Lifecycles {

  private Lifecycles() {
  }

  public static String label(LifecycleStatus status) {
    if (status == null) {
      return "";
    }
    String name = status.dbValue();
    return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }

  /** For a choice box of statuses. */
  public static StringConverter<LifecycleStatus> converter() {
    return new StringConverter<>() {
      @Override
      public String toString(LifecycleStatus status) {
        return label(status);
      }

      @Override
      public LifecycleStatus fromString(String text) {
        for (LifecycleStatus status : LifecycleStatus.values()) {
          if (label(status).equalsIgnoreCase(text)) {
            return status;
          }
        }
        return null;
      }
    };
  }
}
