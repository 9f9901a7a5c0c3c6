package org.packdesk.importer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a license body pasted into the license field by the sentences that make each
 * license what it is (the MIT grant, the BSD conditions, the Apache and GNU headings), or by a
 * first line that is itself a license name ("The MIT License (MIT)").
 */
final class LicenseBodies {

  /** Bodies are recognised from their start; the sentences that decide come early. */
  private static final int SCAN_LIMIT = 64 * 1024;
  private static final int TITLE_LIMIT = 120;
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern GNU_OR_LATER = Pattern.compile(
      "version (\\d(?:\\.\\d)?) of the license,? or \\(?at your option\\)? any later version");
  private static final Pattern GNU_VERSION = Pattern.compile("version (\\d(?:\\.\\d)?)\\b");

  private LicenseBodies() {
  }

  /** The license the text is the body of, or null. */
  static LicenseMatch recognise(String text) {
    String head = text.length() > SCAN_LIMIT ? text.substring(0, SCAN_LIMIT) : text;
    String body = SPACES.matcher(head.toLowerCase(Locale.ROOT)).replaceAll(" ");
    LicenseMatch match = bySentences(body);
    return match != null ? match : byTitle(head);
  }

  private static LicenseMatch bySentences(String body) {
    if (body.contains("permission is hereby granted, free of charge")) {
      return known("MIT");
    }
    if (body.contains("redistribution and use in source and binary forms")) {
      if (body.contains("all advertising materials mentioning")) {
        return known("BSD-4-Clause");
      }
      boolean endorsement = body.contains("neither the name")
          || body.contains("may be used to endorse or promote")
          || body.contains("may not be used to endorse or promote");
      return known(endorsement ? "BSD-3-Clause" : "BSD-2-Clause");
    }
    if (body.contains("apache license") && body.contains("version 2.0")) {
      return known("Apache-2.0");
    }
    if (body.contains("mozilla public license") && body.contains("version 2.0")) {
      return known("MPL-2.0");
    }
    if (body.contains("this is free and unencumbered software released into the public domain")) {
      return known("Unlicense");
    }
    if (body.contains("permission to use, copy, modify, and/or distribute this software for any")) {
      return known(body.contains("provided that the above copyright notice") ? "ISC" : "0BSD");
    }
    if (body.contains("altered source versions must be plainly marked")) {
      return known("Zlib");
    }
    if (body.contains("python software foundation license")) {
      return known("PSF-2.0");
    }
    return gnu(body);
  }

  /**
   * A GNU notice says which version and whether later ones apply; a full GNU text says its own
   * version in its heading, and its "how to apply" appendix is a template, not a grant.
   */
  private static LicenseMatch gnu(String body) {
    String family;
    if (body.contains("gnu affero general public license")) {
      family = "agpl";
    } else if (body.contains("gnu lesser general public license")
        || body.contains("gnu library general public license")) {
      family = "lgpl";
    } else if (body.contains("gnu general public license")) {
      family = "gpl";
    } else {
      return null;
    }
    int appendix = body.indexOf("how to apply these terms");
    String grant = appendix < 0 ? body : body.substring(0, appendix);
    Matcher orLater = GNU_OR_LATER.matcher(grant);
    Matcher only = GNU_VERSION.matcher(grant);
    List<String> tokens = orLater.find() ? List.of(family, orLater.group(1), "orlater")
        : only.find() ? List.of(family, only.group(1), "only") : List.of(family);
    LicenseMatch match = LicenseNames.fromTokens(tokens);
    // a version the family never had ("LGPL version 1") is a misquote; the family still holds
    return match != null ? match : LicenseNames.fromTokens(List.of(family));
  }

  private static LicenseMatch byTitle(String text) {
    String stripped = text.strip();
    int end = stripped.indexOf('\n');
    String first = (end < 0 ? stripped : stripped.substring(0, end)).strip();
    return first.length() <= TITLE_LIMIT ? LicenseNames.recognise(first) : null;
  }

  private static LicenseMatch known(String id) {
    return LicenseMatch.single(id, SpdxNames.fullName(id), null, false);
  }
}
