package org.packdesk.catalog;

import java.util.List;
import java.util.Locale;

/**
 * The words of a free-text search. Every browse query matches the same way: each word must occur
 * (case-insensitively, anywhere) in at least one of the searched columns ({@link SqlPatterns#everyWord}).
 */
public final class SearchWords {

  private SearchWords() {
  }

  /** The lower-cased words of {@code text}; none for a blank or null text. */
  public static List<String> of(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return List.of(text.trim().toLowerCase(Locale.ROOT).split("\\s+"));
  }
}
