package org.packdesk.report.export;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/** Report values as text: plain for machines (CSV), grouped for people (HTML, PDF). */
final class CellText {

  private CellText() {
  }

  /** ISO dates, months as 2024-01, numbers without grouping; "" for no value. */
  static String plain(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof LocalDate || value instanceof YearMonth) {
      return value.toString();
    }
    return value.toString();
  }

  /** As {@link #plain}, with numbers grouped by thousands (1,234,567). */
  static String display(Object value) {
    if (value instanceof Long number) {
      return String.format(Locale.ROOT, "%,d", number);
    }
    return plain(value);
  }
}
