package org.packdesk.ui.browse;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * A filter that offers a choice of values read from the catalog, with an "all" entry first (the
 * journal's actions, the downloads' installers...).
 */
public final class FilterChoices {

  private FilterChoices() {
  }

  /** The value chosen, or null for {@code all}: a combo box may briefly hold no value while its items are replaced. */
  public static String chosen(String value, String all) {
    return value == null || value.equals(all) ? null : value;
  }

  /** New choices; the one chosen stays chosen (a combo box clears its value when its items are replaced). */
  public static void replaceIfChanged(ObservableList<String> choices, StringProperty chosen, String all,
      List<String> loaded) {
    List<String> wanted = new ArrayList<>(loaded.size() + 1);
    wanted.add(all);
    wanted.addAll(loaded);
    if (!choices.equals(wanted)) {
      String kept = chosen.get() == null ? all : chosen.get();
      choices.setAll(wanted);
      chosen.set(kept);
    }
  }
}
