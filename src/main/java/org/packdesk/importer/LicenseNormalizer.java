package org.packdesk.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a package's published license metadata (the free-text {@code license} field and the
 * {@code License ::} trove classifiers) into the License the catalog files it under, so that
 * {@code Apache 2.0}, {@code ASL 2} and the Apache classifier all land on one {@code Apache-2.0}.
 *
 * <p>The decisions, in order:
 * <ol>
 *   <li>No text ({@code null}, blank, {@code UNKNOWN}, {@code None}, {@code n/a}, nothing but
 *       punctuation): the classifiers decide; two or more become an {@code OR} expression in
 *       classifier order; a bare {@code License :: OSI Approved} becomes {@code OSI Approved};
 *       none gives null.
 *   <li>A one-line name, expression or URL of known licenses: its SPDX id or expression (see
 *       {@link LicenseNames}, {@link LicenseExpressions}). A part that names only the family
 *       ({@code BSD}, {@code GPL}, {@code LGPL}) takes the version a classifier of that family
 *       states; with none it keeps the family's default: BSD-3-Clause, GPL-2.0-or-later,
 *       LGPL-2.1-or-later, AGPL-3.0-or-later (the GNU texts let a licensee pick any version when
 *       none is named).
 *   <li>Other short one-line text or an unknown URL: the classifiers' license when they name a
 *       known one, since the field then holds a remark ("See LICENSE") rather than a name;
 *       otherwise a tidy name of the text itself.
 *   <li>A paragraph (several lines or longer than {@value #SHORT_TEXT} characters): a known
 *       license body gives its SPDX id, else a known classifier license, else a custom license
 *       {@code Custom (<package>)}. Each keeps the whole text as its description.
 * </ol>
 * {@code Public Domain} stays a tidy name: SPDX has no id for it. Nothing here does I/O or
 * throws, whatever the input.
 */
public final class LicenseNormalizer {

  /** The length of the License id column. */
  public static final int MAX_ID_LENGTH = 200;
  private static final int SHORT_TEXT = 80;
  private static final Pattern PLACEHOLDER = Pattern.compile(
      "(?i)unknown|none|null|nil|n/?a|-+|\\?+|tbd|undefined|unspecified|not specified");
  private static final Pattern WORD_CHARACTER = Pattern.compile("[\\p{L}\\p{N}]");
  private static final Pattern CLASSIFIER = Pattern.compile("(?i)^\\s*licen[cs]e\\s*::(.*)$");
  private static final Pattern SEGMENT_SEPARATOR = Pattern.compile("\\s*::\\s*");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final String QUOTES = "\"'`\u2018\u2019\u201c\u201d\u00ab\u00bb";
  private static final String OSI_APPROVED = "OSI Approved";

  public LicenseNormalizer() {
  }

  /**
   * @param licenseText info.license as published (may be null/blank/"UNKNOWN"/a URL/a paragraph)
   * @param classifiers info.classifiers (all of them; only "License :: ..." ones matter)
   * @param packageName the package's published name (used to name a custom license)
   * @return the license, or null when there is neither usable text nor a License classifier
   */
  public NormalizedLicense normalize(String licenseText, List<String> classifiers,
      String packageName) {
    Classifiers declared = classifiers(classifiers);
    String text = licenseText == null ? "" : licenseText.strip();
    // only a text short enough to be a name is worth tidying; a long one is a paragraph anyway
    String tidy = text.length() > 2 * MAX_ID_LENGTH ? text : tidy(text);
    if (!WORD_CHARACTER.matcher(tidy).find() || PLACEHOLDER.matcher(tidy).matches()) {
      return declared.all().isEmpty() ? declared.osiOnly() : result(combine(declared.all()));
    }
    boolean oneLine = text.indexOf('\n') < 0 && text.indexOf('\r') < 0;
    boolean url = oneLine && LicenseNames.isUrl(tidy);
    if (oneLine && tidy.length() <= MAX_ID_LENGTH || url) {
      LicenseMatch named = url ? refine(LicenseNames.recognise(tidy), declared.known())
          : LicenseExpressions.parse(tidy, m -> refine(m, declared.known()));
      if (named != null && named.id().length() <= MAX_ID_LENGTH) {
        return result(named);
      }
      if (tidy.length() <= SHORT_TEXT || url) {
        return declared.known().isEmpty() ? new NormalizedLicense(cut(tidy), tidy)
            : result(combine(declared.known()));
      }
    }
    LicenseMatch body = LicenseBodies.recognise(licenseText);
    if (body != null) {
      return new NormalizedLicense(body.id(), licenseText);
    }
    if (!declared.known().isEmpty()) {
      return new NormalizedLicense(combine(declared.known()).id(), licenseText);
    }
    return new NormalizedLicense(customId(packageName), licenseText);
  }

  /**
   * The License classifiers, each read like a license name: {@code all} holds every one (an
   * unknown one such as "Other/Proprietary License" under its own tidy name), {@code known}
   * only those with an SPDX id. A family-only classifier ("GNU General Public License (GPL)")
   * is dropped when another states that family's version.
   */
  private record Classifiers(List<LicenseMatch> all, List<LicenseMatch> known, boolean osi) {

    NormalizedLicense osiOnly() {
      return osi ? new NormalizedLicense(OSI_APPROVED,
          "An OSI-approved license; the classifiers do not say which") : null;
    }
  }

  private static Classifiers classifiers(List<String> classifiers) {
    Map<String, LicenseMatch> found = new LinkedHashMap<>();
    boolean osi = false;
    for (String classifier : classifiers == null ? List.<String>of() : classifiers) {
      Matcher m = classifier == null ? null : CLASSIFIER.matcher(classifier);
      if (m == null || !m.matches()) {
        continue;
      }
      List<String> segments = new ArrayList<>(List.of(SEGMENT_SEPARATOR.split(m.group(1).strip())));
      segments.removeIf(String::isBlank);
      if (segments.size() > 1 && segments.get(0).equalsIgnoreCase(OSI_APPROVED)) {
        segments.remove(0);
      }
      if (segments.size() == 1 && segments.get(0).equalsIgnoreCase(OSI_APPROVED)) {
        osi = true;
        continue;
      }
      if (segments.isEmpty()) {
        continue;
      }
      String name = tidy(String.join(" :: ", segments));
      LicenseMatch match = LicenseNames.recognise(name);
      LicenseMatch kept = match != null ? match : LicenseMatch.named(cut(name));
      found.putIfAbsent(kept.id(), kept);
    }
    List<LicenseMatch> listed = List.copyOf(found.values());
    List<LicenseMatch> all = listed.stream()
        .filter(c -> !c.generic() || listed.stream()
            .noneMatch(o -> !o.generic() && o.family() != null && o.family().equals(c.family())))
        .toList();
    List<LicenseMatch> known = all.stream().filter(c -> c.family() != null).toList();
    return new Classifiers(all, known, osi);
  }

  /** A family-only license takes the version the classifiers of its family state. */
  private static LicenseMatch refine(LicenseMatch match, List<LicenseMatch> classifiers) {
    if (match == null || !match.generic() || match.family() == null) {
      return match;
    }
    List<LicenseMatch> specific = classifiers.stream()
        .filter(c -> !c.generic() && match.family().equals(c.family())).toList();
    return specific.isEmpty() ? match : LicenseMatch.combine("OR", specific);
  }

  private static LicenseMatch combine(List<LicenseMatch> licenses) {
    LicenseMatch combined = LicenseMatch.combine("OR", licenses);
    return combined.id().length() <= MAX_ID_LENGTH ? combined : licenses.get(0);
  }

  private static NormalizedLicense result(LicenseMatch match) {
    return new NormalizedLicense(match.id(), match.name());
  }

  private static String customId(String packageName) {
    String name = packageName == null ? "" : tidy(packageName);
    String shown = name.isEmpty() ? "unnamed package" : name;
    String prefix = "Custom (";
    return prefix + cut(shown, MAX_ID_LENGTH - prefix.length() - 1) + ")";
  }

  /** Trimmed, surrounding quotes removed, runs of white space made one space. */
  static String tidy(String text) {
    String s = text.strip();
    while (s.length() >= 2 && QUOTES.indexOf(s.charAt(0)) >= 0
        && QUOTES.indexOf(s.charAt(s.length() - 1)) >= 0) {
      s = s.substring(1, s.length() - 1).strip();
    }
    return SPACES.matcher(s).replaceAll(" ");
  }

  private static String cut(String text) {
    return cut(text, MAX_ID_LENGTH);
  }

  /** At most {@code max} characters, never splitting a surrogate pair. */
  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end).strip();
  }
}
