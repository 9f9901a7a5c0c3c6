package org.packdesk.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A typed parameter of a report, with its default and what it accepts. Values arrive as text (a
 * form field, a command line) and are parsed and checked here, so the view and the CLI say the
 * same thing about a wrong value.
 *
 * @param key the name used on the command line ({@code --param top=20}) and in messages
 * @param label what a form shows next to the field
 * @param defaultValue used when no value is given; null for an optional parameter
 * @param min the smallest allowed integer (integers only)
 * @param max the largest allowed integer (integers only)
 */
public record ReportParameter(String key, String label, Kind kind, Object defaultValue, long min, long max,
    String help) {

  /** The kinds of value a parameter takes. */
  public enum Kind { INTEGER, DATE }

  public static ReportParameter integer(String key, String label, long defaultValue, long min, long max, String help) {
    return new ReportParameter(key, label, Kind.INTEGER, defaultValue, min, max, help);
  }

  /** An optional date: when absent, the report is not limited on that side. */
  public static ReportParameter date(String key, String label, String help) {
    return new ReportParameter(key, label, Kind.DATE, null, 0, 0, help);
  }

  /** The parameter's default as text, as a form would show it ("" for none). */
  public String defaultText() {
    return defaultValue == null ? "" : defaultValue.toString();
  }

  /** The value of {@code text}: the default when blank, else the parsed and checked value. */
  public Object parse(String text) {
    if (text == null || text.isBlank()) {
      return defaultValue;
    }
    String value = text.strip();
    return switch (kind) {
      case INTEGER -> parseInteger(value);
      case DATE -> parseDate(value);
    };
  }

  private Long parseInteger(String value) {
    long number;
    try {
      number = Long.parseLong(value.replace("_", "").replace(",", ""));
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(key + " must be a whole number between " + min + " and " + max
          + ", not \u201c" + value + "\u201d");
    }
    if (number < min || number > max) {
      throw new InvalidParameterException(key + " must be between " + min + " and " + max + " (was " + number + ")");
    }
    return number;
  }

  private LocalDate parseDate(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException(key + " must be a date written as YYYY-MM-DD (such as 2024-01-31), not \u201c"
          + value + "\u201d");
    }
  }

  /** The parameters' keys, for a message naming what a report accepts. */
  static String keys(List<ReportParameter> parameters) {
    return parameters.isEmpty() ? "none"
        : String.join(", ", parameters.stream().map(ReportParameter::key).toList());
  }
}
