package org.packdesk.catalog.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.packdesk.catalog.search.SearchNode.FlagMatch;
import org.packdesk.catalog.search.SearchNode.KeywordMatch;
import org.packdesk.catalog.search.SearchNode.RangeMatch;
import org.packdesk.catalog.search.SearchNode.TextMatch;
import org.packdesk.model.LifecycleStatus;

/** Reads the value after {@code field:} into a condition, or says precisely what is wrong with it. */
final class FieldValues {

  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Pattern PYTHON = Pattern.compile("\\d+(\\.\\d+)?");
  private static final List<String> OPERATORS = List.of(">=", "<=", ">", "<", "=");

  private FieldValues() {
  }

  /** How many leading characters of {@code value} are a comparison operator. */
  static int operatorLength(String value) {
    return OPERATORS.stream().filter(value::startsWith).findFirst().map(String::length).orElse(0);
  }

  static SearchNode parse(SearchField field, String key, String raw, boolean phrase, int column)
      throws QuerySyntaxException {
    int opLength = operatorLength(raw);
    String operator = raw.substring(0, opLength);
    String value = raw.substring(opLength);
    if (value.isEmpty() && !phrase) {
      throw new QuerySyntaxException("Expected a value after '" + key + ":" + operator + "'", column + opLength);
    }
    if (!operator.isEmpty() && !field.comparable()) {
      throw new QuerySyntaxException("'" + key + ":' takes no '" + operator + "'; only released: and downloads: compare",
          column);
    }
    int valueColumn = column + opLength;
    return switch (field.kind()) {
      case TEXT -> text(field, value, phrase, valueColumn);
      case KEYWORD -> keyword(field, key, value, phrase, valueColumn);
      case DATE -> range(field, operator, dateRange(key, value, valueColumn));
      case NUMBER -> range(field, operator, number(key, value, valueColumn));
      case FLAG -> flag(field, key, value, valueColumn);
    };
  }

  /** Words of a text field (or free text when {@code field} is null); a '*' ends a prefix. */
  static SearchNode text(SearchField field, String value, boolean phrase, int column) throws QuerySyntaxException {
    boolean prefix = !phrase && value.endsWith("*");
    String body = prefix ? value.substring(0, value.length() - 1) : value;
    int star = body.indexOf('*');
    if (star >= 0 && !phrase) {
      throw new QuerySyntaxException("'*' may only end a word (as in req*)", column + star);
    }
    List<String> words = SearchTokens.of(body);
    if (words.isEmpty()) {
      throw new QuerySyntaxException(phrase ? "Empty phrase: put words between the quotes"
          : "'" + value + "' has no letters or digits to search for", column);
    }
    if (prefix && words.size() > 1) {
      throw new QuerySyntaxException("A '*' prefix takes a single word, not '" + body + "'", column);
    }
    return new TextMatch(field, words, prefix);
  }

  private static SearchNode keyword(SearchField field, String key, String value, boolean phrase, int column)
      throws QuerySyntaxException {
    boolean prefix = !phrase && value.endsWith("*");
    String body = (prefix ? value.substring(0, value.length() - 1) : value).trim().toLowerCase(Locale.ROOT);
    if (body.isEmpty()) {
      throw new QuerySyntaxException("Expected a value after '" + key + ":'", column);
    }
    if (field == SearchField.LIFECYCLE && (prefix || !isLifecycle(body))) {
      throw new QuerySyntaxException("'lifecycle:' takes active, deprecated, archived or quarantined", column);
    }
    if (field == SearchField.PYTHON && !prefix && !PYTHON.matcher(body).matches()) {
      throw new QuerySyntaxException("'python:' takes a version such as 3 or 3.6", column);
    }
    return new KeywordMatch(field, body, prefix);
  }

  private static boolean isLifecycle(String value) {
    for (LifecycleStatus status : LifecycleStatus.values()) {
      if (status.dbValue().equals(value)) {
        return true;
      }
    }
    return false;
  }

  /** The days a date covers: a year, a month or one day, as epoch days [first, last]. */
  private static long[] dateRange(String key, String value, int column) throws QuerySyntaxException {
    Matcher m = DATE.matcher(value);
    try {
      if (m.matches()) {
        int year = Integer.parseInt(m.group(1));
        if (m.group(3) != null) {
          long day = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))).toEpochDay();
          return new long[] {day, day};
        }
        if (m.group(2) != null) {
          YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
          return new long[] {month.atDay(1).toEpochDay(), month.atEndOfMonth().toEpochDay()};
        }
        return new long[] {LocalDate.of(year, 1, 1).toEpochDay(), LocalDate.of(year, 12, 31).toEpochDay()};
      }
    } catch (DateTimeException e) {
      // falls through to the message below: 2017-02-30 is no more a date than "soon"
    }
    throw new QuerySyntaxException("Expected a date like 2017-01-01 (or 2017-01, or 2017) after '" + key + ":'",
        column);
  }

  private static long[] number(String key, String value, int column) throws QuerySyntaxException {
    try {
      long n = Long.parseLong(value.replace("_", ""));
      return new long[] {n, n};
    } catch (NumberFormatException e) {
      throw new QuerySyntaxException("Expected a whole number like 1000 after '" + key + ":'", column);
    }
  }

  /** {@code >} is after the span, {@code >=} from its start, {@code <} before it, {@code <=} up to its end. */
  private static SearchNode range(SearchField field, String operator, long[] span) {
    return switch (operator) {
      case ">" -> new RangeMatch(field, span[1] + 1, Long.MAX_VALUE);
      case ">=" -> new RangeMatch(field, span[0], Long.MAX_VALUE);
      case "<" -> new RangeMatch(field, Long.MIN_VALUE, span[0] - 1);
      case "<=" -> new RangeMatch(field, Long.MIN_VALUE, span[1]);
      default -> new RangeMatch(field, span[0], span[1]);
    };
  }

  private static SearchNode flag(SearchField field, String key, String value, int column) throws QuerySyntaxException {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "yes" -> new FlagMatch(field, true);
      case "false", "no" -> new FlagMatch(field, false);
      default -> throw new QuerySyntaxException("'" + key + ":' takes true or false", column);
    };
  }
}
