package org.packdesk.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a license field that names one license or several: {@code Apache 2.0 or BSD},
 * {@code MIT/Apache-2.0}, {@code Dual License: MIT or GPL}, and lists such as docutils'
 * {@code public domain, Python, 2-Clause BSD, GPL 3 (see COPYING.txt)}.
 *
 * <p>"or", "/" and "|" offer a choice (SPDX {@code OR}). A list joined by commas, "and" or "&"
 * names the licenses of different parts of the package (SPDX {@code AND}), as docutils means
 * it, unless the text announces itself as dual licensed, where it is a choice again. The whole
 * text is always tried as one name first, so {@code Apache License, Version 2.0},
 * {@code MIT/X11} and {@code GPLv2 or later} are not split. Every part must be recognised or
 * the text is not an expression at all.
 */
final class LicenseExpressions {

  private static final String NOT_LATER =
      "(?!(?:\\(?at\\s+your\\s+option\\)?\\s+)?(?:any\\s+)?"
          + "(?:later|newer|greater|above|higher)\\b)";
  private static final Pattern DUAL = Pattern.compile(
      "(?i)^\\s*(?:dual(?:[\\s-]*licen[cs](?:ed|es?|ing))?|either)\\b\\s*(?:under\\s+)?(?:the\\s+)?"
          + "(?:terms\\s+of\\s+)?[:\\-]?\\s*");
  private static final Pattern CHOICE =
      Pattern.compile("(?i)\\s+or\\s+" + NOT_LATER + "|\\s*[/|]\\s*");
  private static final Pattern LIST = Pattern.compile(
      "(?i)\\s*[,;]\\s*(?:and\\s+" + NOT_LATER + ")?|\\s+and\\s+" + NOT_LATER + "|\\s*&\\s*");
  private static final Pattern VERSION_ONLY =
      Pattern.compile("(?i)^(?:version|ver\\.?|v)?\\s*\\d.*");

  private LicenseExpressions() {
  }

  /**
   * The license or SPDX expression the text names, or null when any part of it is not a license.
   *
   * @param refine applied to every single license found, before they are combined
   */
  static LicenseMatch parse(String text, UnaryOperator<LicenseMatch> refine) {
    LicenseMatch whole = LicenseNames.recognise(text);
    if (whole != null) {
      return refine.apply(whole);
    }
    String rest = unwrapped(text);
    boolean dual = false;
    Matcher prefix = DUAL.matcher(rest);
    if (prefix.lookingAt() && prefix.end() < rest.length()) {
      dual = true;
      rest = rest.substring(prefix.end());
    }
    String[] alternatives = CHOICE.split(rest);
    if (!balanced(alternatives)) {
      return null;
    }
    List<LicenseMatch> choices = new ArrayList<>();
    for (String choice : alternatives) {
      LicenseMatch match = list(choice, refine, dual ? "OR" : "AND");
      if (match == null) {
        return null;
      }
      choices.add(match);
    }
    return choices.isEmpty() ? null : LicenseMatch.combine("OR", choices);
  }

  private static LicenseMatch list(String text, UnaryOperator<LicenseMatch> refine,
      String operator) {
    LicenseMatch whole = LicenseNames.recognise(text);
    if (whole != null) {
      return refine.apply(whole);
    }
    List<String> parts = new ArrayList<>();
    for (String part : LIST.split(text)) {
      if (part.isBlank()) {
        continue;
      }
      // "MIT, Apache License, Version 2.0": a version belongs to the name before it
      if (!parts.isEmpty() && VERSION_ONLY.matcher(part.strip()).matches()
          && LicenseNames.recognise(part) == null) {
        parts.set(parts.size() - 1, parts.get(parts.size() - 1) + ", " + part);
      } else {
        parts.add(part);
      }
    }
    if (parts.size() < 2 || !balanced(parts.toArray(String[]::new))) {
      return null;
    }
    List<LicenseMatch> matches = new ArrayList<>();
    for (String part : parts) {
      LicenseMatch match = LicenseNames.recognise(part);
      if (match == null) {
        return null;
      }
      matches.add(refine.apply(match));
    }
    return LicenseMatch.combine(operator, matches);
  }

  /** The text without parentheses around all of it: {@code (MIT OR Apache-2.0)}. */
  private static String unwrapped(String text) {
    String s = text.strip();
    while (s.length() > 2 && s.charAt(0) == '(' && closingParen(s) == s.length() - 1) {
      s = s.substring(1, s.length() - 1).strip();
    }
    return s;
  }

  private static int closingParen(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      depth += s.charAt(i) == '(' ? 1 : s.charAt(i) == ')' ? -1 : 0;
      if (depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether every part closes the parentheses it opens: a split inside a group, as in
   * {@code (MIT OR Apache-2.0) AND BSD-3-Clause}, would change what the text says, so such a
   * text is left unrecognised rather than misread.
   */
  private static boolean balanced(String[] parts) {
    if (parts.length < 2) {
      return true;
    }
    for (String part : parts) {
      int depth = 0;
      for (int i = 0; i < part.length() && depth >= 0; i++) {
        char c = part.charAt(i);
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      }
      if (depth != 0) {
        return false;
      }
    }
    return true;
  }
}
