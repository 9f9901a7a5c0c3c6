package org.packdesk.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the people out of a pair of PyPI name and e-mail fields ({@code author} and
 * {@code author_email}, or the maintainer pair), which hold anything from one name and one
 * address to {@code Noah Spurrier; Thomas Kluyver; Jeff Quast} with three addresses, or
 * {@code Ilya Etingof <etingof@gmail.com>} in the name field.
 *
 * <p>Only an address makes a person: the catalog files people by address, so a name alone, a
 * placeholder ({@code UNKNOWN}, {@code None}, {@code -}), a URL or an obfuscated address
 * ({@code foo at bar dot com}, which could only be guessed back) makes none. A plain
 * {@code local@domain.tld} with no spaces, one {@code @} and a dot in the domain is an address;
 * a {@code mailto:} and surrounding brackets, quotes and a sentence's final dot are trimmed.
 *
 * <p>Each field splits on {@code ,} and {@code ;} outside quotes, brackets and parentheses; the
 * address field also on line breaks and between addresses separated only by spaces. A part is
 * {@code address}, {@code Name <address>}, {@code "Name" <address>}, {@code address (Name)},
 * {@code Name (address)}, and in the name field also {@code Name address} (in the address
 * field a bare word next to an address is more likely debris).
 *
 * <p>A person's name is, in order: the name written with the address in the address field; the
 * name written with it in the name field; the name field's part at the same position, when the
 * name field splits into as many parts as there are addresses (on {@code ,}/{@code ;}, or
 * failing that also on "and"/{@code &}); else, for the first address only, the whole name
 * field. A placeholder name ({@code UNKNOWN}) is no name.
 */
public final class PersonParser {

  private static final Pattern ADDRESS = Pattern.compile(
      "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
          + "@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+"
          + "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?");
  private static final int MAX_ADDRESS = 320;
  private static final Pattern ANGLE = Pattern.compile("^(.*?)<([^<>]*)>(.*)$", Pattern.DOTALL);
  private static final Pattern PAREN = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)$", Pattern.DOTALL);
  private static final Pattern PARENTHESES = Pattern.compile("[()]");
  private static final Pattern MAILTO = Pattern.compile("(?i)^mailto:");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern CONJUNCTION = Pattern.compile("(?i)and|or|&|/|-+");
  private static final Pattern AND = Pattern.compile("(?i)\\s+and\\s+|\\s*&\\s*");
  private static final Pattern PLACEHOLDER = Pattern.compile(
      "(?i)unknown|none|null|nil|n/?a|-+|\\?+|tbd|undefined|unspecified|not specified");
  private static final String QUOTES = "\"'`\u2018\u2019\u201c\u201d";

  /** One part of a field: an address with or without a name, or a name alone. */
  private record Entry(String name, String address) {
  }

  private PersonParser() {
  }

  /**
   * Pairs names with addresses as the class comment says; never null, no duplicates by
   * case-insensitive address (the first keeps its place and spelling, and takes the name of a
   * later duplicate only when it has none of its own).
   */
  public static List<Person> parse(String names, String emails) {
    List<Entry> addressed = new ArrayList<>();
    for (Entry entry : entries(emails, true)) {
      if (entry.address() != null) {
        addressed.add(entry);
      }
    }
    List<Entry> nameField = entries(names, false);
    Map<String, String> namedInNameField = new LinkedHashMap<>();
    List<String> plainNames = new ArrayList<>();
    for (Entry entry : nameField) {
      if (entry.address() != null) {
        namedInNameField.putIfAbsent(key(entry.address()), entry.name());
      } else if (entry.name() != null) {
        plainNames.add(entry.name());
      }
    }
    // with no address in it, the name field is split afresh, so "and" can count as a separator
    String plainText = namedInNameField.isEmpty() ? names : String.join(", ", plainNames);
    List<String> positional = positionalNames(plainText, addressed.size());

    Map<String, Person> people = new LinkedHashMap<>();
    for (int i = 0; i < addressed.size(); i++) {
      Entry entry = addressed.get(i);
      String name = firstNonNull(entry.name(), namedInNameField.get(key(entry.address())),
          i < positional.size() ? positional.get(i) : null);
      add(people, entry.address(), name);
    }
    for (Entry entry : nameField) {
      if (entry.address() != null) {
        add(people, entry.address(), entry.name());
      }
    }
    return List.copyOf(people.values());
  }

  private static void add(Map<String, Person> people, String address, String name) {
    Person known = people.get(key(address));
    if (known == null) {
      people.put(key(address), new Person(name, address));
    } else if (known.name() == null && name != null) {
      people.put(key(address), new Person(name, known.email()));
    }
  }

  /**
   * The names in the order of the addresses: one per address when the field splits into that
   * many parts, else the whole field for the first address.
   */
  private static List<String> positionalNames(String text, int count) {
    String whole = text == null ? null : cleanName(text);
    if (whole == null || count == 0) {
      return List.of();
    }
    List<String> parts = split(text, false);
    if (parts.size() != count) {
      List<String> finer = new ArrayList<>();
      for (String part : parts) {
        finer.addAll(List.of(AND.split(part)));
      }
      finer.removeIf(String::isBlank);
      parts = finer;
    }
    if (parts.size() != count || count == 1) {
      return Collections.singletonList(whole);
    }
    List<String> named = new ArrayList<>();
    for (String part : parts) {
      named.add(cleanName(part));
    }
    return named;
  }

  private static List<Entry> entries(String field, boolean addressField) {
    List<Entry> entries = new ArrayList<>();
    if (field == null) {
      return entries;
    }
    for (String part : split(field, addressField)) {
      entries.addAll(parsePart(part, addressField));
    }
    return entries;
  }

  private static List<Entry> parsePart(String part, boolean addressField) {
    Matcher angle = ANGLE.matcher(part);
    if (angle.matches()) {
      String address = address(angle.group(2));
      String name = cleanName(angle.group(1));
      if (name == null) {
        name = cleanName(PARENTHESES.matcher(angle.group(3)).replaceAll(" "));
      }
      return List.of(new Entry(name, address));
    }
    Matcher paren = PAREN.matcher(part);
    if (paren.matches()) {
      String before = address(paren.group(1));
      String inside = address(paren.group(2));
      if (before != null) {
        return List.of(new Entry(cleanName(paren.group(2)), before));
      }
      if (inside != null) {
        return List.of(new Entry(cleanName(paren.group(1)), inside));
      }
    }
    String whole = address(part);
    if (whole != null) {
      return List.of(new Entry(null, whole));
    }
    // "a@b.c d@e.f", "Name a@b.c", "Ann a@b.c and Bob d@e.f": words before an address name it
    List<Entry> found = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (String word : SPACES.split(part.strip())) {
      String address = address(word);
      if (address != null) {
        found.add(new Entry(addressField ? null : cleanName(pending.toString()), address));
        pending.setLength(0);
      } else if (!CONJUNCTION.matcher(word).matches()) {
        pending.append(word).append(' ');
      }
    }
    if (found.isEmpty()) {
      return List.of(new Entry(cleanName(part), null));
    }
    Entry last = found.get(found.size() - 1);
    if (!addressField && last.name() == null && pending.length() > 0) {
      found.set(found.size() - 1, new Entry(cleanName(pending.toString()), last.address()));
    }
    return found;
  }

  /** Splits on separators outside quotes, angle brackets and parentheses. */
  private static List<String> split(String field, boolean onLineBreaks) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    int depth = 0;
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '<' || c == '(')) {
        depth++;
      } else if (!quoted && (c == '>' || c == ')') && depth > 0) {
        depth--;
      }
      boolean separator = c == ',' || c == ';' || onLineBreaks && (c == '\n' || c == '\r');
      if (separator && !quoted && depth == 0) {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    parts.replaceAll(String::strip);
    parts.removeIf(String::isEmpty);
    return parts;
  }

  /** The address in a candidate, trimmed of what surrounds it in prose, or null. */
  private static String address(String candidate) {
    String s = MAILTO.matcher(candidate.strip()).replaceFirst("");
    int start = 0;
    int end = s.length();
    while (start < end && "<\"'(`".indexOf(s.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && ".>\"')`,;".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    String address = s.substring(start, end);
    return address.length() <= MAX_ADDRESS && ADDRESS.matcher(address).matches() ? address : null;
  }

  /** A name with quotes and extra space gone; null for nothing, a placeholder or an address. */
  private static String cleanName(String text) {
    String s = SPACES.matcher(text).replaceAll(" ").strip();
    int start = 0;
    int end = s.length();
    while (start < end && QUOTES.indexOf(s.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && QUOTES.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    s = s.substring(start, end).strip();
    if (s.isEmpty() || PLACEHOLDER.matcher(s).matches() || address(s) != null) {
      return null;
    }
    return s;
  }

  private static String key(String address) {
    return address.toLowerCase(Locale.ROOT);
  }

  private static String firstNonNull(String... values) {
    for (String value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
