package org.packdesk.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.packdesk.catalog.paging.SqlCriteria;

/** LIKE conditions for words a curator typed, with LIKE's own characters taken literally ({@code escape '\'}). */
public final class SqlPatterns {

  private SqlPatterns() {
  }

  /** Matches any lower-cased text containing {@code word}, case-insensitively. */
  public static String contains(String word) {
    String escaped = word.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }

  /** Every word of {@code text} (see {@link SearchWords}) in at least one of {@code columns}, ignoring case. */
  public static SqlCriteria everyWord(String text, String... columns) {
    List<String> conditions = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    for (String word : SearchWords.of(text)) {
      List<String> either = new ArrayList<>();
      for (String column : columns) {
        either.add("lower(" + column + ") like ? escape '\\'");
        parameters.add(contains(word));
      }
      conditions.add("(" + String.join(" or ", either) + ")");
    }
    return new SqlCriteria(String.join(" and ", conditions), parameters);
  }
}
