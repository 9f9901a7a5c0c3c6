package org.packdesk.importer;

import java.util.Map;

/**
 * The SPDX full names of the licenses {@link LicenseNames} can produce, which become the License
 * entity's description. The GNU and Creative Commons names follow a pattern and are composed.
 */
final class SpdxNames {

  /** Not an SPDX id (SPDX has none for it), but the tidy name curators asked for. */
  static final String PUBLIC_DOMAIN = "Public Domain";

  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("Apache-1.0", "Apache License 1.0"),
      Map.entry("Apache-1.1", "Apache License 1.1"),
      Map.entry("Apache-2.0", "Apache License 2.0"),
      Map.entry("MIT", "MIT License"),
      Map.entry("0BSD", "BSD Zero Clause License"),
      Map.entry("BSD-2-Clause", "BSD 2-Clause \"Simplified\" License"),
      Map.entry("BSD-3-Clause", "BSD 3-Clause \"New\" or \"Revised\" License"),
      Map.entry("BSD-4-Clause", "BSD 4-Clause \"Original\" or \"Old\" License"),
      Map.entry("MPL-1.0", "Mozilla Public License 1.0"),
      Map.entry("MPL-1.1", "Mozilla Public License 1.1"),
      Map.entry("MPL-2.0", "Mozilla Public License 2.0"),
      Map.entry("PSF-2.0", "Python Software Foundation License 2.0"),
      Map.entry("ZPL-1.1", "Zope Public License 1.1"),
      Map.entry("ZPL-2.0", "Zope Public License 2.0"),
      Map.entry("ZPL-2.1", "Zope Public License 2.1"),
      Map.entry("ISC", "ISC License"),
      Map.entry("Unlicense", "The Unlicense"),
      Map.entry("Zlib", "zlib License"),
      Map.entry("WTFPL", "Do What The F*ck You Want To Public License"),
      Map.entry("CC0-1.0", "Creative Commons Zero v1.0 Universal"),
      Map.entry("EPL-1.0", "Eclipse Public License 1.0"),
      Map.entry("EPL-2.0", "Eclipse Public License 2.0"),
      Map.entry("AFL-1.1", "Academic Free License v1.1"),
      Map.entry("AFL-1.2", "Academic Free License v1.2"),
      Map.entry("AFL-2.0", "Academic Free License v2.0"),
      Map.entry("AFL-2.1", "Academic Free License v2.1"),
      Map.entry("AFL-3.0", "Academic Free License v3.0"),
      Map.entry("EUPL-1.0", "European Union Public License 1.0"),
      Map.entry("EUPL-1.1", "European Union Public License 1.1"),
      Map.entry("EUPL-1.2", "European Union Public License 1.2"),
      Map.entry("CDDL-1.0", "Common Development and Distribution License 1.0"),
      Map.entry("CDDL-1.1", "Common Development and Distribution License 1.1"),
      Map.entry("CPL-1.0", "Common Public License 1.0"),
      Map.entry("OFL-1.0", "SIL Open Font License 1.0"),
      Map.entry("OFL-1.1", "SIL Open Font License 1.1"),
      Map.entry("BSL-1.0", "Boost Software License 1.0"),
      Map.entry("Artistic-1.0", "Artistic License 1.0"),
      Map.entry("Artistic-2.0", "Artistic License 2.0"),
      Map.entry("UPL-1.0", "Universal Permissive License v1.0"),
      Map.entry("HPND", "Historical Permission Notice and Disclaimer"),
      Map.entry("PostgreSQL", "PostgreSQL License"),
      Map.entry("CNRI-Python", "CNRI Python License"),
      Map.entry("W3C", "W3C Software Notice and License (2002-12-31)"),
      Map.entry(PUBLIC_DOMAIN,
          "Dedicated to the public domain: no license applies (SPDX has no id for it)"));

  private static final Map<String, String> GNU = Map.of(
      "GPL", "GNU General Public License", "LGPL", "GNU Lesser General Public License",
      "AGPL", "GNU Affero General Public License", "GFDL", "GNU Free Documentation License");

  private static final Map<String, String> CC_PARTS = Map.of(
      "BY", "Attribution", "SA", "Share Alike", "NC", "Non Commercial", "ND", "No Derivatives");

  private SpdxNames() {
  }

  /** The full name of an id made by {@link LicenseNames}; the id itself for anything else. */
  static String fullName(String id) {
    String known = NAMES.get(id);
    if (known != null) {
      return known;
    }
    if (id.endsWith("-only") || id.endsWith("-or-later")) {
      String[] parts = id.split("-", 3);
      String family = GNU.get(parts[0]);
      if (family != null) {
        // SPDX calls LGPL 2.0 by its old name, the Library GPL, and AGPL 1.0 is not GNU's
        boolean library = "LGPL".equals(parts[0]) && "2.0".equals(parts[1]);
        boolean affero1 = "AGPL".equals(parts[0]) && "1.0".equals(parts[1]);
        String base = library ? "GNU Library General Public License"
            : affero1 ? "Affero General Public License" : family;
        String version = library ? "2" : parts[1];
        return base + " v" + version + (parts[2].equals("only") ? " only" : " or later");
      }
    }
    if (id.startsWith("CC-")) {
      String[] parts = id.split("-");
      StringBuilder name = new StringBuilder("Creative Commons");
      for (int i = 1; i < parts.length - 1; i++) {
        name.append(' ').append(CC_PARTS.getOrDefault(parts[i], parts[i]));
      }
      return name.append(' ').append(parts[parts.length - 1]).toString();
    }
    return id;
  }
}
