package org.packdesk.importer.generate;

import java.util.SplittableRandom;

/**
 * A package's published license field and License classifier, drawn with PyPI-like frequencies:
 * MIT far ahead, then none at all, Apache-2.0, the BSDs, the GPL family, the rest. Texts come in
 * the spellings authors use ("MIT License", "Apache 2.0", "GPLv3"), so that the importer's
 * normaliser does its real work on them.
 */
final class LicenseChoices {

  /** A published license: the free-text field (null when empty) and the classifier (null when none). */
  record Published(String text, String classifier) {
  }

  private record Choice(int weight, String[] texts, String classifier) {
  }

  private static final String CUSTOM = "custom";
  private static final String OSI = "License :: OSI Approved :: ";
  private static final Choice[] CHOICES = {
      new Choice(340, new String[] {"MIT", "MIT License", "MIT license", "mit", null}, OSI + "MIT License"),
      new Choice(200, new String[] {null, "UNKNOWN", ""}, null),
      new Choice(120, new String[] {"Apache 2.0", "Apache License 2.0", "Apache-2.0", "Apache License, Version 2.0",
          "ASL 2"}, OSI + "Apache Software License"),
      new Choice(80, new String[] {"BSD", "BSD-3-Clause", "BSD License", "3-clause BSD", "new BSD"},
          OSI + "BSD License"),
      new Choice(55, new String[] {"GPLv3", "GPL-3.0", "GNU GPL v3", "GPL-3.0-or-later", "GPLv3+"},
          OSI + "GNU General Public License v3 (GPLv3)"),
      new Choice(25, new String[] {"GPLv2", "GPL-2.0", "GPL v2", "GPL"}, OSI + "GNU General Public License v2 (GPLv2)"),
      new Choice(20, new String[] {"LGPL", "LGPLv3", "LGPL-2.1", "GNU LGPL"},
          OSI + "GNU Lesser General Public License v3 (LGPLv3)"),
      new Choice(15, new String[] {"BSD-2-Clause", "Simplified BSD", "FreeBSD"}, OSI + "BSD License"),
      new Choice(15, new String[] {"MPL-2.0", "MPL 2.0", "Mozilla Public License 2.0"},
          OSI + "Mozilla Public License 2.0 (MPL 2.0)"),
      new Choice(10, new String[] {"ISC", "ISC License"}, OSI + "ISC License (ISCL)"),
      new Choice(8, new String[] {"AGPLv3", "AGPL-3.0"}, OSI + "GNU Affero General Public License v3"),
      new Choice(6, new String[] {"Unlicense", "The Unlicense"}, "License :: Public Domain"),
      new Choice(6, new String[] {"Public Domain", "public domain"}, "License :: Public Domain"),
      new Choice(10, new String[] {"Proprietary", "All rights reserved", "Commercial"},
          "License :: Other/Proprietary License"),
      new Choice(8, new String[] {"See LICENSE", "see LICENSE file", "LICENSE.txt"}, OSI + "MIT License"),
      new Choice(6, new String[] {CUSTOM}, null),
  };
  private static final int[] WEIGHTS;

  static {
    int[] weights = new int[CHOICES.length];
    for (int i = 0; i < CHOICES.length; i++) {
      weights[i] = CHOICES[i].weight();
    }
    WEIGHTS = Seeds.cumulative(weights);
  }

  private LicenseChoices() {
  }

  static Published draw(SplittableRandom random, String packageName, String author) {
    Choice choice = CHOICES[Seeds.weighted(random, WEIGHTS)];
    String text = choice.texts()[random.nextInt(choice.texts().length)];
    if (CUSTOM.equals(text)) {
      text = "Copyright (c) " + (2005 + random.nextInt(21)) + " " + author + "\n\nPermission is granted to use "
          + packageName + " for any purpose, provided that this notice is kept with every copy.\nThe software is"
          + " provided as is, without warranty of any kind.";
    }
    // a third of the authors who fill the field leave the classifier out, and the other way round
    String classifier = random.nextInt(3) == 0 ? null : choice.classifier();
    if (text != null && classifier != null && random.nextInt(4) == 0) {
      text = null;
    }
    return new Published(text, classifier);
  }
}
