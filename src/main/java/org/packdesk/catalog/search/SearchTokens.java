package org.packdesk.catalog.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How text is cut into searchable words, the one definition that the index and every matcher
 * share: runs of letters and digits, lower-cased. "django-rest_framework 3.6" is
 * [django, rest, framework, 3, 6].
 */
public final class SearchTokens {

  private SearchTokens() {
  }

  public static List<String> of(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    int start = -1;
    for (int i = 0; i < lower.length(); i++) {
      boolean wordChar = Character.isLetterOrDigit(lower.charAt(i));
      if (wordChar && start < 0) {
        start = i;
      } else if (!wordChar && start >= 0) {
        tokens.add(lower.substring(start, i));
        start = -1;
      }
    }
    if (start >= 0) {
      tokens.add(lower.substring(start));
    }
    return tokens;
  }
}
