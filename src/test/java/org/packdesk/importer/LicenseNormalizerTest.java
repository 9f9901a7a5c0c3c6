package org.packdesk.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The curators' rules for license normalisation, one row per way the field is written on PyPI,
 * and the license fields of the 64 real sample files (real-licenses.csv).
 */
class LicenseNormalizerTest {

  private final LicenseNormalizer normalizer = new LicenseNormalizer();

  private NormalizedLicense normalize(String text, String classifiers) {
    return normalizer.normalize(text, LicenseFixtures.classifiers(classifiers), "sample");
  }

  @ParameterizedTest(name = "{0}: \"{1}\" + [{2}] -> {3}")
  @CsvFileSource(resources = "real-licenses.csv", delimiter = '|')
  void realPackagesGetTheirLicense(String pkg, String text, String classifiers, String expected) {
    NormalizedLicense license = normalizer.normalize(text, LicenseFixtures.classifiers(classifiers), pkg);
    assertEquals(expected, license.id());
  }

  @ParameterizedTest(name = "\"{0}\" + [{1}] -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Apache 2.0                                | | Apache-2.0
      Apache  2.0                               | | Apache-2.0
      Apache License, Version 2.0               | | Apache-2.0
      Apache License 2.0                        | | Apache-2.0
      Apache License Version 2.0                | | Apache-2.0
      ASL 2                                     | | Apache-2.0
      ASL2.0                                    | | Apache-2.0
      Apache Software License                   | | Apache-2.0
      Apache v2                                 | | Apache-2.0
      Apache2                                   | | Apache-2.0
      Apache-2.0                                | | Apache-2.0
      apache license 1.1                        | | Apache-1.1
      ''                                        | OSI: Apache Software License | Apache-2.0
      MIT                                       | | MIT
      MIT License                               | | MIT
      mit license                               | | MIT
      the MIT license                           | | MIT
      '"MIT"'                                   | | MIT
      MIT License (MIT)                         | | MIT
      Expat license                             | | MIT
      MIT/X11                                   | | MIT
      BSD                                       | | BSD-3-Clause
      BSD License                               | | BSD-3-Clause
      BSD-style                                 | | BSD-3-Clause
      new BSD                                   | | BSD-3-Clause
      New BSD License                           | | BSD-3-Clause
      3-clause BSD                              | | BSD-3-Clause
      BSD 3-Clause                              | | BSD-3-Clause
      BSD (3 clause)                            | | BSD-3-Clause
      Modified BSD                              | | BSD-3-Clause
      Revised BSD License                       | | BSD-3-Clause
      BSD-3-Clause                              | | BSD-3-Clause
      2-clause BSD                              | | BSD-2-Clause
      BSD-2-Clause                              | | BSD-2-Clause
      Simplified BSD                            | | BSD-2-Clause
      FreeBSD                                   | | BSD-2-Clause
      BSD 4-Clause                              | | BSD-4-Clause
      0BSD                                      | | 0BSD
      BSD                                       | OSI: BSD License | BSD-3-Clause
      GPLv3+                                    | | GPL-3.0-or-later
      GPL v2                                    | | GPL-2.0-only
      GPLv2 or later                            | | GPL-2.0-or-later
      GNU GPL v2 or later                       | | GPL-2.0-or-later
      GPL-2.0+                                  | | GPL-2.0-or-later
      GPL-3.0-only                              | | GPL-3.0-only
      GPL-3.0-or-later                          | | GPL-3.0-or-later
      GNU General Public License, version 2     | | GPL-2.0-only
      GNU General Public License v3 or later (GPLv3+) | | GPL-3.0-or-later
      GPL 3                                     | | GPL-3.0-only
      GPL                                       | | GPL-2.0-or-later
      GPL                                       | OSI: GNU General Public License v3 (GPLv3) | GPL-3.0-only
      GPL                                       | OSI: GNU General Public License v2 or later (GPLv2+) | GPL-2.0-or-later
      GPL                                       | OSI: GNU General Public License v2 (GPLv2);OSI: GNU General Public License v3 (GPLv3) | GPL-2.0-only OR GPL-3.0-only
      GPLv2                                     | OSI: GNU General Public License v3 (GPLv3) | GPL-2.0-only
      LGPL                                      | | LGPL-2.1-or-later
      GNU LGPL                                  | | LGPL-2.1-or-later
      LGPL                                      | OSI: GNU Library or Lesser General Public License (LGPL) | LGPL-2.1-or-later
      LGPL                                      | OSI: GNU Lesser General Public License v3 (LGPLv3) | LGPL-3.0-only
      LGPLv2.1+                                 | | LGPL-2.1-or-later
      LGPL-3.0                                  | | LGPL-3.0-only
      LGPLv3+                                   | | LGPL-3.0-or-later
      AGPLv3                                    | | AGPL-3.0-only
      AGPL                                      | | AGPL-3.0-or-later
      GNU Affero General Public License v3 or later | | AGPL-3.0-or-later
      MPL 2.0                                   | | MPL-2.0
      MPL                                       | | MPL-2.0
      Mozilla Public License 2.0 (MPL 2.0)      | | MPL-2.0
      MPL 1.1                                   | | MPL-1.1
      PSF                                       | | PSF-2.0
      PSF license                               | | PSF-2.0
      Python Software Foundation License        | | PSF-2.0
      Python                                    | | PSF-2.0
      ZPL 2.1                                   | | ZPL-2.1
      ZPL                                       | | ZPL-2.1
      Zope Public License                       | | ZPL-2.1
      ISC                                       | | ISC
      ISC license                               | | ISC
      Unlicense                                 | | Unlicense
      The Unlicense                             | | Unlicense
      Public Domain                             | | Public Domain
      public domain                             | | Public Domain
      Public-Domain                             | | Public Domain
      Zlib                                      | | Zlib
      zlib/libpng                               | | Zlib
      EPL                                       | | EPL-2.0
      EPL-1.0                                   | | EPL-1.0
      Eclipse Public License 2.0                | | EPL-2.0
      CC0                                       | | CC0-1.0
      CC0 1.0 Universal                         | | CC0-1.0
      CC-BY-SA 4.0                              | | CC-BY-SA-4.0
      Creative Commons Attribution 4.0 International | | CC-BY-4.0
      WTFPL                                     | | WTFPL
      Boost Software License 1.0                | | BSL-1.0
      Apache 2.0 or BSD                         | | Apache-2.0 OR BSD-3-Clause
      MIT/Apache-2.0                            | | MIT OR Apache-2.0
      BSD or Apache License, Version 2.0        | | BSD-3-Clause OR Apache-2.0
      Dual License: MIT or GPL                  | | MIT OR GPL-2.0-or-later
      Dual licensed under the MIT and GPL licenses | | MIT OR GPL-2.0-or-later
      MIT or GPLv2 or later                     | | MIT OR GPL-2.0-or-later
      MIT OR Apache-2.0                         | | MIT OR Apache-2.0
      (MIT OR Apache-2.0)                       | | MIT OR Apache-2.0
      MIT or MIT License                        | | MIT
      GPL or MIT                                | OSI: GNU General Public License v3 (GPLv3) | GPL-3.0-only OR MIT
      LGPL with exceptions or ZPL               | OSI: GNU Library or Lesser General Public License (LGPL);OSI: Zope Public License | LGPL-2.1-or-later OR ZPL-2.1
      Apache-2.0 AND MIT                        | | Apache-2.0 AND MIT
      public domain, Python, 2-Clause BSD, GPL 3 (see COPYING.txt) | | Public Domain AND PSF-2.0 AND BSD-2-Clause AND GPL-3.0-only
      MIT and Apache 2.0 or GPL                 | | (MIT AND Apache-2.0) OR GPL-2.0-or-later
      (MIT OR Apache-2.0) AND BSD-3-Clause      | | (MIT OR Apache-2.0) AND BSD-3-Clause
      ''                                        | OSI: MIT License;OSI: Apache Software License | MIT OR Apache-2.0
      ''                                        | OSI: Academic Free License (AFL);OSI: MIT License | AFL-3.0 OR MIT
      ''                                        | OSI: GNU General Public License (GPL);OSI: GNU General Public License v3 (GPLv3) | GPL-3.0-only
      ''                                        | OSI: BSD License;OSI: GNU General Public License (GPL);OSI: Python Software Foundation License;License :: Public Domain | BSD-3-Clause OR GPL-2.0-or-later OR PSF-2.0 OR Public Domain
      ''                                        | License :: OSI Approved | OSI Approved
      ''                                        | License :: OSI Approved;OSI: ISC License (ISCL) | ISC
      UNKNOWN                                   | OSI: MIT License | MIT
      unknown                                   | OSI: MIT License | MIT
      None                                      | OSI: MIT License | MIT
      '   '                                     | OSI: MIT License | MIT
                                                | OSI: MIT License | MIT
      ''                                        | License :: Public Domain | Public Domain
      ''                                        | License :: Other/Proprietary License | Other/Proprietary License
      ''                                        | License :: CC0 1.0 Universal (CC0 1.0) Public Domain Dedication | CC0-1.0
      ''                                        | OSI: GNU Lesser General Public License v2 or later (LGPLv2+) | LGPL-2.0-or-later
      ''                                        | OSI: GNU Affero General Public License v3 | AGPL-3.0-only
      ''                                        | OSI: Mozilla Public License 2.0 (MPL 2.0) | MPL-2.0
      ''                                        | OSI: Python License (CNRI Python License) | CNRI-Python
      ''                                        | OSI: Historical Permission Notice and Disclaimer (HPND) | HPND
      http://www.apache.org/licenses/LICENSE-2.0 | | Apache-2.0
      https://www.apache.org/licenses/LICENSE-2.0.txt | | Apache-2.0
      http://opensource.org/licenses/MIT        | | MIT
      https://opensource.org/licenses/BSD-3-Clause | | BSD-3-Clause
      http://www.opensource.org/licenses/mit-license.php | | MIT
      https://www.gnu.org/licenses/gpl-3.0.html | | GPL-3.0-only
      https://www.gnu.org/licenses/old-licenses/lgpl-2.1.en.html | | LGPL-2.1-only
      https://mozilla.org/MPL/2.0/              | | MPL-2.0
      https://creativecommons.org/publicdomain/zero/1.0/ | | CC0-1.0
      http://unlicense.org                      | | Unlicense
      https://github.com/foo/bar/blob/master/LICENSE | | https://github.com/foo/bar/blob/master/LICENSE
      https://github.com/foo/bar/blob/master/LICENSE | OSI: MIT License | MIT
      https://github.com/mit/project            | | https://github.com/mit/project
      '"  Copyright  Foo Corp "'                | | Copyright Foo Corp
      Amazon Software License                   | License :: OSI Approved | Amazon Software License
      Copyright MIT Media Lab                   | | Copyright MIT Media Lab
      GPL 2 or 3                                | | GPL 2 or 3
      Commercial                                | | Commercial
      Proprietary                               | License :: Other/Proprietary License | Proprietary
      See LICENSE                               | OSI: BSD License | BSD-3-Clause
      See LICENSE                               | | See LICENSE
      MIT License, see LICENSE                  | | MIT
      """)
  void normalisesTheWaysLicensesAreWritten(String text, String classifiers, String expected) {
    assertEquals(expected, normalize(text, classifiers).id());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "UNKNOWN", "Unknown", "none", "n/a", "-", "\n\t", "\"\"", "?"})
  void noTextAndNoClassifierIsNoLicense(String text) {
    assertNull(normalizer.normalize(text, List.of(), "pkg"));
    assertNull(normalizer.normalize(text, null, "pkg"));
    assertNull(normalizer.normalize(text, List.of("Programming Language :: Python :: 3"), "pkg"));
  }

  @Test
  void describesLicensesByTheirSpdxNames() {
    assertEquals(new NormalizedLicense("Apache-2.0", "Apache License 2.0"), normalize("Apache 2.0", ""));
    assertEquals(new NormalizedLicense("MIT", "MIT License"), normalize("MIT", ""));
    assertEquals("BSD 3-Clause \"New\" or \"Revised\" License", normalize("BSD", "").description());
    assertEquals("GNU General Public License v3.0 or later", normalize("GPLv3+", "").description());
    assertEquals("GNU Lesser General Public License v2.1 or later", normalize("LGPL", "").description());
    assertEquals("GNU Library General Public License v2 only", normalize("LGPL 2.0", "").description());
    assertEquals("Python Software Foundation License 2.0", normalize("PSF", "").description());
    assertEquals("Creative Commons Attribution Share Alike 4.0", normalize("CC-BY-SA-4.0", "").description());
    assertTrue(normalize("Public Domain", "").description().contains("public domain"));
    assertEquals("A choice of: Apache License 2.0; MIT License", normalize("Apache 2.0 or MIT", "").description());
    assertEquals("OSI Approved", normalize("", "License :: OSI Approved").id());
    assertEquals(new NormalizedLicense("Copyright Foo Corp", "Copyright Foo Corp"),
        normalize("\"  Copyright  Foo Corp \"", ""));
  }

  @Test
  void recognisesPastedLicenseBodiesAndKeepsTheText() {
    String mit = "Copyright (c) 2010 Foo\n\nPermission is hereby granted, free of charge, to any person"
        + " obtaining a copy\nof this software and associated documentation files";
    String bsd3 = "Copyright (c) Foo\nRedistribution and use in source and binary forms, with or without\n"
        + "modification, are permitted provided that ...\n3. Neither the name of the copyright holder";
    String bsd2 = "Copyright (c) Foo\nRedistribution and use in source and binary forms, with or without\n"
        + "modification, are permitted provided that the following conditions are met:";
    String apache = "                                 Apache License\n"
        + "                           Version 2.0, January 2004\n        http://www.apache.org/licenses/";
    String gplNotice = "This program is free software: you can redistribute it and/or modify it under the"
        + " terms of the GNU General Public License as published by the Free Software Foundation, either"
        + " version 3 of the License, or (at your option) any later version.";
    String lgplBody = "GNU LESSER GENERAL PUBLIC LICENSE\n Version 2.1, February 1999\n...";
    String titled = "The MIT License (MIT)\n\nCopyright (c) 2015 someone";
    assertEquals(new NormalizedLicense("MIT", mit), normalizer.normalize(mit, List.of(), "p"));
    assertEquals(new NormalizedLicense("BSD-3-Clause", bsd3), normalizer.normalize(bsd3, List.of(), "p"));
    assertEquals(new NormalizedLicense("BSD-2-Clause", bsd2), normalizer.normalize(bsd2, List.of(), "p"));
    assertEquals(new NormalizedLicense("Apache-2.0", apache), normalizer.normalize(apache, List.of(), "p"));
    assertEquals("GPL-3.0-or-later", normalizer.normalize(gplNotice, List.of(), "p").id());
    assertEquals("LGPL-2.1-only", normalizer.normalize(lgplBody, List.of(), "p").id());
    assertEquals(new NormalizedLicense("MIT", titled), normalizer.normalize(titled, List.of(), "p"));
  }

  @Test
  void anUnknownParagraphIsACustomLicenseUnlessAClassifierNamesOne() {
    String text = "You may use this software for anything,\nas long as you send the authors a postcard.\n";
    assertEquals(new NormalizedLicense("Custom (postcardware)", text),
        normalizer.normalize(text, List.of(), "postcardware"));
    assertEquals(new NormalizedLicense("MIT", text),
        normalizer.normalize(text, List.of(LicenseFixtures.OSI + "MIT License"), "postcardware"));
    assertEquals(new NormalizedLicense("Custom (postcardware)", text),
        normalizer.normalize(text, List.of("License :: Other/Proprietary License"), "postcardware"));
    String longLine = "Free to use for non-commercial purposes; commercial users must buy a license from us";
    assertEquals("Custom (p)", normalizer.normalize(longLine, List.of(), "p").id());
    assertEquals("Custom (unnamed package)", normalizer.normalize(text, List.of(), null).id());
    String customId = normalizer.normalize(text, List.of(), "x".repeat(500)).id();
    assertEquals(LicenseNormalizer.MAX_ID_LENGTH, customId.length());
    assertTrue(customId.startsWith("Custom (xxx") && customId.endsWith(")"));
  }

  @Test
  void idsNeverExceedTheColumnAndNeverSplitACharacter() {
    String emoji = "\uD83D\uDE00";
    String url = "https://example.com/" + "x".repeat(300);
    assertEquals(url.substring(0, 200), normalize(url, "").id());
    String text = "a".repeat(199) + emoji + "b";
    NormalizedLicense custom = normalizer.normalize(text, List.of(), "p");
    assertEquals("Custom (p)", custom.id());
    String name = normalizer.normalize("", List.of("License :: " + text), "p").id();
    assertEquals("a".repeat(199), name, "the classifier's name stops before the split pair");
  }

  @Test
  void hugeAndHostileInputsGiveAnAnswerWithoutThrowing() {
    String huge = "Permission ".repeat(500_000);
    assertEquals(new NormalizedLicense("Custom (p)", huge), normalizer.normalize(huge, List.of(), "p"));
    String hugeMit = "Permission is hereby granted, free of charge\n" + "x\n".repeat(500_000);
    assertEquals("MIT", normalizer.normalize(hugeMit, List.of(), "p").id());
    assertEquals("Custom (p)", normalizer.normalize("MIT or ".repeat(200_000), null, "p").id());
    assertNull(normalizer.normalize("(".repeat(50), null, "p"), "punctuation is no text");
    List<String> classifiers = new ArrayList<>(Arrays.asList(null, "License ::", "License :: :: ::",
        "license :: osi approved :: mit license", "Not a classifier"));
    assertEquals("MIT", normalizer.normalize(null, classifiers, null).id());
  }

  @Test
  void randomTextAlwaysGetsABoundedAnswer() {
    String[] pieces = {"MIT", "GPL", "v2", "+", " or ", " and ", "/", ",", "(", ")", "\"", "BSD",
        "Apache", "2.0", "license", "\n", " ", "\uD83D\uDE00", "see", "http://", "x", "-", "LGPL"};
    java.util.Random random = new java.util.Random(440);
    for (int i = 0; i < 3000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(12); n > 0; n--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      NormalizedLicense license = normalizer.normalize(text.toString(), List.of(), "p");
      if (text.toString().strip().length() > 13 && text.toString().matches("(?s).*[A-Za-z0-9].*")) {
        assertNotNull(license, text::toString);
      }
      if (license != null) {
        assertTrue(license.id().length() <= LicenseNormalizer.MAX_ID_LENGTH, text::toString);
        assertNotNull(license.description(), text::toString);
        assertEquals(license, normalizer.normalize(text.toString(), List.of(), "p"), "deterministic");
      }
    }
  }
}
