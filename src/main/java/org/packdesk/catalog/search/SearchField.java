package org.packdesk.catalog.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The fields a query may name ({@code license:MIT}), and what kind of value each takes. */
public enum SearchField {
  /** Words of the published name. */
  NAME(Kind.TEXT),
  /** Words of the one-line summary. */
  SUMMARY(Kind.TEXT),
  /** The normalised license id; {@code license:none} is "no license". */
  LICENSE(Kind.KEYWORD),
  /** A declared language, e.g. {@code "Python :: 3.6"}. */
  LANGUAGE(Kind.KEYWORD),
  /** A maintainer's full name, a word of it, the e-mail or the e-mail's local part. */
  MAINTAINER(Kind.KEYWORD),
  /** The day of the package's newest release (the greatest release date). */
  RELEASED(Kind.DATE),
  /** Whether any release is yanked. */
  YANKED(Kind.FLAG),
  /** All downloads counted in the daily rollup. */
  DOWNLOADS(Kind.NUMBER),
  /** active, deprecated, archived or quarantined. */
  LIFECYCLE(Kind.KEYWORD),
  /** A Python version (3.6, or 3) that requires-python admits or a classifier names. */
  PYTHON(Kind.KEYWORD),
  /** Any release's version string. */
  VERSION(Kind.KEYWORD);

  /** How a field's value is read and matched. */
  public enum Kind { TEXT, KEYWORD, DATE, NUMBER, FLAG }

  private final Kind kind;

  SearchField(Kind kind) {
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  /** As written in queries: lower case. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean comparable() {
    return kind == Kind.DATE || kind == Kind.NUMBER;
  }

  public static Optional<SearchField> byKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key().equalsIgnoreCase(key)).findFirst();
  }

  public static String knownKeys() {
    return Arrays.stream(values()).map(SearchField::key).collect(Collectors.joining(", "));
  }
}
