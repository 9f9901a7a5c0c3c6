package org.packdesk.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of a free-text search. Every browse query matches the same way: each word must occur
 * (case-insensitively, anywhere) in at least one of the searched columns.
 */
public final class SearchWords {

  /** The LIKE escape character; '!' rather than '\' reads the same on every database. */
  private static final char ESCAPE = '!';

  private SearchWords() {
  }

  /** The lower-cased words of {@code text}; none for a blank or null text. */
  public static List<String> of(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return List.of(text.trim().toLowerCase(Locale.ROOT).split("\\s+"));
  }

  /**
   * A portable SQL condition over {@code columns} for the words of {@code text}, with named
   * parameters {@code :w0, :w1...} to bind; {@code 1 = 1} when there is nothing to match.
   */
  public static Condition condition(String text, String... columns) {
    List<String> words = of(text);
    if (words.isEmpty()) {
      return new Condition("1 = 1", Map.of());
    }
    StringBuilder sql = new StringBuilder();
    Map<String, Object> parameters = new LinkedHashMap<>();
    for (int i = 0; i < words.size(); i++) {
      String name = "w" + i;
      parameters.put(name, "%" + escapeLike(words.get(i)) + "%");
      sql.append(i == 0 ? "(" : " and (");
      for (int c = 0; c < columns.length; c++) {
        sql.append(c == 0 ? "" : " or ")
            .append("lower(").append(columns[c]).append(") like :").append(name)
            .append(" escape '").append(ESCAPE).append('\'');
      }
      sql.append(')');
    }
    return new Condition(sql.toString(), parameters);
  }

  static String escapeLike(String word) {
    StringBuilder escaped = new StringBuilder(word.length());
    for (char ch : word.toCharArray()) {
      if (ch == '%' || ch == '_' || ch == ESCAPE) {
        escaped.append(ESCAPE);
      }
      escaped.append(ch);
    }
    return escaped.toString();
  }

  /** A WHERE fragment and the values of its named parameters. */
  public record Condition(String sql, Map<String, Object> parameters) {
  }
}
