package org.packdesk.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises one license written as a short name ({@code Apache License, Version 2.0},
 * {@code GPLv3+}, {@code 3-clause BSD}) or as a URL to a well-known license page.
 *
 * <p>The text is reduced to tokens: lower case, punctuation gone, multi-word names
 * ("lesser general public") folded into one token, version words ("v", "version") dropped,
 * "or (any) later (version)" and "+" folded into {@code orlater}, filler ("the", "license",
 * "gnu", "software", "with exceptions") dropped. A name is recognised only when exactly one
 * family remains and every other token is a version or a word that family allows, so
 * "Copyright MIT Media Lab" is not taken for the MIT license, nor "GPL with Classpath
 * exception" for plain GPL (SPDX exceptions are not modelled; the package keeps the text).
 */
final class LicenseNames {

  private static final Pattern URL = Pattern.compile("(?i)^(?:https?://|ftp://|www\\.)\\S+$");
  private static final Pattern URL_INSIDE = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");
  private static final Pattern QUOTES = Pattern.compile("[\"'`\u2018\u2019\u201c\u201d]");
  private static final Pattern SEE_NOTE = Pattern.compile(
      "\\(\\s*(?:see|cf|refer|read)\\b[^)]*\\)|[,;:-]\\s*(?:see|cf|refer|read)\\b.*$");
  private static final Pattern LICENSE_WORD = Pattern.compile("\\blicen[cs](?:es?|ed)\\b");
  /** Punctuation, and dots that are not inside a version number. */
  private static final Pattern PUNCT =
      Pattern.compile("[-_/,;:()\\[\\]{}!*|<>=]|\\.(?!\\d)|(?<!\\d)\\.");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern GLUED_VERSION = Pattern.compile(
      "\\b(gpl|lgpl|agpl|gfdl|fdl|asl|apache|mpl|zpl|epl|afl|eupl|cddl|cpl|ofl|bsl|bsd)v?(\\d)");
  private static final Pattern VERSION_WORD = Pattern.compile("\\b(?:version|ver|v)\\s*(?=\\d)");
  private static final Pattern OR_LATER = Pattern.compile(
      "\\b(?:(?:or|and)\\s+)?(?:at\\s+your\\s+option\\s+)?(?:any\\s+)?"
          + "(?:later|newer|greater|above|higher)"
          + "(?:\\s+versions?)?\\b|\\+");
  private static final Pattern APACHE_URL =
      Pattern.compile("apache\\.org/licenses/license-(\\d(?:\\.\\d)?)");
  /** Sites whose page names are license names; elsewhere only a page called like a license file. */
  private static final Pattern LICENSE_HOST = Pattern.compile(
      "^(?:[a-z0-9-]+\\.)*(?:opensource\\.org|gnu\\.org|fsf\\.org|mozilla\\.org|spdx\\.org"
          + "|choosealicense\\.com|creativecommons\\.org|tldrlegal\\.com)$");
  private static final Pattern LICENSE_FILE = Pattern.compile("licen[cs]e|copying");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)*");
  private static final Pattern URL_EXTENSION =
      Pattern.compile("(?:\\.[a-z]{2})?\\.(?:html?|php|txt|md|rst)$");

  /** Multi-word names folded into one token, longest first where one contains another. */
  private static final String[][] PHRASES = {
      {"affero general public", "agpl"}, {"affero gpl", "agpl"},
      {"library or lesser general public", "lgpl"}, {"lesser general public", "lgpl"},
      {"library general public", "lgpl"}, {"lesser gpl", "lgpl"}, {"library gpl", "lgpl"},
      {"general public", "gpl"}, {"free documentation", "gfdl"}, {"fdl", "gfdl"},
      {"mozilla public", "mpl"}, {"python software foundation", "psf"}, {"zope public", "zpl"},
      {"eclipse public", "epl"}, {"public domain dedication", "dedication"},
      {"public domain", "publicdomain"}, {"creative commons zero", "cc0"},
      {"creative commons attribution", "cc by"}, {"creative commons", "cc"},
      {"share alike", "sa"}, {"sharealike", "sa"}, {"non commercial", "nc"},
      {"noncommercial", "nc"}, {"no derivatives", "nd"}, {"noderivatives", "nd"},
      {"academic free", "afl"}, {"boost software", "bsl"}, {"boost", "bsl"},
      {"common development and distribution", "cddl"}, {"common public", "cpl"},
      {"european union public", "eupl"}, {"historical permission notice and disclaimer", "hpnd"},
      {"universal permissive", "upl"}, {"sil open font", "ofl"}, {"open font", "ofl"},
      {"do what the fuck you want to public", "wtfpl"}, {"apache software foundation", "apache"},
      {"bsd zero clause", "0bsd"}, {"zero clause bsd", "0bsd"},
      {"python cnri python", "cnripython"}, {"cnri python", "cnripython"}};

  private static final Set<String> FILLER = Set.of("the", "gnu",
      "software", "version", "versions", "ver", "v", "style", "like", "standard", "osi", "approved",
      "open", "source", "under", "released", "terms", "of", "a", "an", "with", "exceptions",
      "exception", "agreement", "public");

  private static final Map<String, String> FAMILY = Map.ofEntries(
      Map.entry("mit", "mit"), Map.entry("expat", "mit"), Map.entry("x11", "mit"),
      Map.entry("apache", "apache"), Map.entry("asl", "apache"), Map.entry("bsd", "bsd"),
      Map.entry("freebsd", "bsd"), Map.entry("0bsd", "0bsd"), Map.entry("gpl", "gpl"),
      Map.entry("lgpl", "lgpl"), Map.entry("agpl", "agpl"), Map.entry("gfdl", "gfdl"),
      Map.entry("mpl", "mpl"), Map.entry("zpl", "zpl"), Map.entry("epl", "epl"),
      Map.entry("afl", "afl"), Map.entry("eupl", "eupl"), Map.entry("cddl", "cddl"),
      Map.entry("cpl", "cpl"), Map.entry("ofl", "ofl"), Map.entry("bsl", "bsl"),
      Map.entry("artistic", "artistic"), Map.entry("psf", "psf"), Map.entry("python", "psf"),
      Map.entry("isc", "isc"), Map.entry("iscl", "isc"), Map.entry("unlicense", "unlicense"),
      Map.entry("publicdomain", "publicdomain"), Map.entry("zlib", "zlib"),
      Map.entry("libpng", "zlib"), Map.entry("wtfpl", "wtfpl"), Map.entry("cc0", "cc0"),
      Map.entry("cc", "cc"), Map.entry("hpnd", "hpnd"), Map.entry("upl", "upl"),
      Map.entry("postgresql", "postgresql"), Map.entry("w3c", "w3c"),
      Map.entry("cnripython", "cnripython"));

  /** Families with one id and no versions. */
  private static final Map<String, String> UNVERSIONED = Map.ofEntries(Map.entry("mit", "MIT"),
      Map.entry("0bsd", "0BSD"), Map.entry("psf", "PSF-2.0"), Map.entry("isc", "ISC"),
      Map.entry("unlicense", "Unlicense"), Map.entry("publicdomain", SpdxNames.PUBLIC_DOMAIN),
      Map.entry("zlib", "Zlib"), Map.entry("wtfpl", "WTFPL"), Map.entry("hpnd", "HPND"),
      Map.entry("postgresql", "PostgreSQL"), Map.entry("w3c", "W3C"),
      Map.entry("cnripython", "CNRI-Python"));

  /**
   * Versioned families: SPDX prefix, the versions SPDX has, the version a bare name means (the
   * current one; for the GNU licenses, whose text lets a licensee pick any version when none is
   * given, the oldest still in use, "or later").
   */
  private static final Map<String, String[]> VERSIONED = Map.ofEntries(
      Map.entry("apache", new String[] {"Apache", "1.0 1.1 2.0", "2.0"}),
      Map.entry("mpl", new String[] {"MPL", "1.0 1.1 2.0", "2.0"}),
      Map.entry("zpl", new String[] {"ZPL", "1.1 2.0 2.1", "2.1"}),
      Map.entry("epl", new String[] {"EPL", "1.0 2.0", "2.0"}),
      Map.entry("afl", new String[] {"AFL", "1.1 1.2 2.0 2.1 3.0", "3.0"}),
      Map.entry("eupl", new String[] {"EUPL", "1.0 1.1 1.2", "1.2"}),
      Map.entry("cddl", new String[] {"CDDL", "1.0 1.1", "1.0"}),
      Map.entry("cpl", new String[] {"CPL", "1.0", "1.0"}),
      Map.entry("ofl", new String[] {"OFL", "1.0 1.1", "1.1"}),
      Map.entry("bsl", new String[] {"BSL", "1.0", "1.0"}),
      Map.entry("artistic", new String[] {"Artistic", "1.0 2.0", "2.0"}),
      Map.entry("upl", new String[] {"UPL", "1.0", "1.0"}),
      Map.entry("cc0", new String[] {"CC0", "1.0", "1.0"}),
      Map.entry("cc", new String[] {"CC", "1.0 2.0 2.5 3.0 4.0", "4.0"}),
      Map.entry("gpl", new String[] {"GPL", "1.0 2.0 3.0", "2.0"}),
      Map.entry("lgpl", new String[] {"LGPL", "2.0 2.1 3.0", "2.1"}),
      Map.entry("agpl", new String[] {"AGPL", "1.0 3.0", "3.0"}),
      Map.entry("gfdl", new String[] {"GFDL", "1.1 1.2 1.3", "1.3"}));

  private static final Set<String> GNU = Set.of("gpl", "lgpl", "agpl", "gfdl");
  private static final Set<String> BSD_CLAUSES = Set.of("2", "3", "4");

  /** Words a family allows besides versions, "only" and "or later". */
  private static final Map<String, Set<String>> EXTRAS = Map.of(
      "bsd", Set.of("new", "modified", "revised", "simplified", "original", "old", "clause",
          "two", "three", "four"),
      "cc0", Set.of("universal", "dedication"),
      "cc", Set.of("by", "sa", "nc", "nd", "international", "unported", "generic"));

  private LicenseNames() {
  }

  static boolean isUrl(String text) {
    return URL.matcher(text).matches();
  }

  /** The license a short name or URL means, or null. */
  static LicenseMatch recognise(String text) {
    if (text == null || text.isBlank() || text.length() > 300) {
      return null;
    }
    String trimmed = text.strip();
    return isUrl(trimmed) ? recogniseUrl(trimmed) : fromTokens(tokens(trimmed));
  }

  /** Licenses on the sites that publish them, by host, else by the page's name in the path. */
  private static LicenseMatch recogniseUrl(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    Matcher apache = APACHE_URL.matcher(lower);
    if (apache.find()) {
      return fromTokens(List.of("apache", apache.group(1)));
    }
    if (lower.contains("creativecommons.org/publicdomain/zero")) {
      return fromTokens(List.of("cc0"));
    }
    if (lower.contains("unlicense.org")) {
      return fromTokens(List.of("unlicense"));
    }
    if (lower.contains("wtfpl.net")) {
      return fromTokens(List.of("wtfpl"));
    }
    String path = lower.replaceFirst("^[a-z]+://", "").replaceFirst("[?#].*$", "");
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(URL_EXTENSION.matcher(segment).replaceAll(""));
      }
    }
    if (segments.size() < 2) {
      return null;
    }
    String prefix = lower.contains("creativecommons.org/licenses") ? "cc " : "";
    String last = segments.get(segments.size() - 1);
    if (!LICENSE_HOST.matcher(segments.get(0)).matches() && !LICENSE_FILE.matcher(last).find()) {
      return null;
    }
    LicenseMatch match = fromTokens(tokens(prefix + last));
    if (match == null && segments.size() > 2) {
      match = fromTokens(tokens(prefix + segments.get(segments.size() - 2) + " " + last));
    }
    return match;
  }

  static List<String> tokens(String text) {
    String s = text.toLowerCase(Locale.ROOT);
    s = URL_INSIDE.matcher(s).replaceAll(" ");
    s = QUOTES.matcher(s).replaceAll(" ");
    s = SEE_NOTE.matcher(s).replaceAll(" ");
    s = LICENSE_WORD.matcher(s).replaceAll(" ").replace("&", " and ");
    s = PUNCT.matcher(s).replaceAll(" ");
    s = GLUED_VERSION.matcher(s).replaceAll("$1 $2");
    s = VERSION_WORD.matcher(s).replaceAll(" ");
    s = OR_LATER.matcher(s).replaceAll(" orlater ");
    s = " " + SPACES.matcher(s).replaceAll(" ").trim() + " ";
    for (String[] phrase : PHRASES) {
      s = s.replace(" " + phrase[0] + " ", " " + phrase[1] + " ");
    }
    List<String> tokens = new ArrayList<>();
    for (String token : s.trim().split(" ")) {
      if (!token.isEmpty() && !FILLER.contains(token)) {
        tokens.add(token);
      }
    }
    return tokens;
  }

  static LicenseMatch fromTokens(List<String> tokens) {
    String family = null;
    Set<String> versions = new LinkedHashSet<>();
    Set<String> words = new LinkedHashSet<>();
    boolean orLater = false;
    boolean only = false;
    for (String token : tokens) {
      String f = FAMILY.get(token);
      if (f != null) {
        if (family != null && !family.equals(f)) {
          return null;
        }
        family = f;
        words.add(token);
      } else if (token.equals("orlater")) {
        orLater = true;
      } else if (token.equals("only")) {
        only = true;
      } else if (NUMBER.matcher(token).matches()) {
        versions.add(token);
      } else {
        words.add(token);
      }
    }
    if (family == null) {
      return null;
    }
    Set<String> allowed = EXTRAS.getOrDefault(family, Set.of());
    for (String word : words) {
      if (!FAMILY.containsKey(word) && !allowed.contains(word)) {
        return null;
      }
    }
    if (family.equals("bsd")) {
      return bsd(words, versions);
    }
    String unversioned = UNVERSIONED.get(family);
    if (unversioned != null) {
      // "PSF 2" is PSF-2.0; no other unversioned family takes a number
      return versions.isEmpty() || family.equals("psf") ? known(unversioned, family, false) : null;
    }
    return versioned(family, versions, words, orLater && !only);
  }

  private static LicenseMatch bsd(Set<String> words, Set<String> numbers) {
    Set<String> all = new LinkedHashSet<>(words);
    all.addAll(numbers);
    boolean two = all.contains("2") || all.contains("two") || all.contains("simplified")
        || all.contains("freebsd");
    boolean three = all.contains("3") || all.contains("three") || all.contains("new")
        || all.contains("modified") || all.contains("revised");
    boolean four = all.contains("4") || all.contains("four") || all.contains("original")
        || all.contains("old");
    int stated = (two ? 1 : 0) + (three ? 1 : 0) + (four ? 1 : 0);
    if (stated > 1 || !BSD_CLAUSES.containsAll(numbers)) {
      return null;
    }
    String id = two ? "BSD-2-Clause" : four ? "BSD-4-Clause" : "BSD-3-Clause";
    return known(id, "bsd", stated == 0);
  }

  private static LicenseMatch versioned(String family, Set<String> versions, Set<String> words,
      boolean orLater) {
    String[] spec = VERSIONED.get(family);
    if (spec == null || versions.size() > 1) {
      return null;
    }
    boolean generic = versions.isEmpty();
    String version = generic ? spec[2] : canonicalVersion(versions.iterator().next());
    if (!(" " + spec[1] + " ").contains(" " + version + " ")) {
      return null;
    }
    String id;
    if (GNU.contains(family)) {
      id = spec[0] + "-" + version + (orLater || generic ? "-or-later" : "-only");
    } else if (family.equals("cc")) {
      StringBuilder cc = new StringBuilder("CC-BY");
      for (String part : List.of("nc", "sa", "nd")) {
        cc.append(words.contains(part) ? "-" + part.toUpperCase(Locale.ROOT) : "");
      }
      if (!words.contains("by") || words.contains("sa") && words.contains("nd")) {
        return null;
      }
      id = cc.append('-').append(version).toString();
    } else {
      id = spec[0] + "-" + version;
    }
    return known(id, family, generic);
  }

  /** "2" and "2.0.0" are 2.0; "2.1" stays. */
  private static String canonicalVersion(String number) {
    String[] parts = number.split("\\.");
    return parts.length == 1 ? parts[0] + ".0" : parts[0] + "." + parts[1];
  }

  private static LicenseMatch known(String id, String family, boolean generic) {
    return LicenseMatch.single(id, SpdxNames.fullName(id), family, generic);
  }
}
