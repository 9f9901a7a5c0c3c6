package org.packdesk.report.definitions;

import java.util.regex.Pattern;

/** How a license id reads to a curator: SPDX, custom, some other name, or no license at all. */
public final class LicenseKinds {

  public static final String SPDX = "SPDX";
  public static final String NONE = "No license";
  public static final String CUSTOM = "Custom";
  public static final String NOT_SPDX = "Not an SPDX id";

  /** What the importer names a license it made from a package's own text (see LicenseNormalizer). */
  private static final String CUSTOM_PREFIX = "Custom (";
  /** An SPDX id or expression: ids of letters, digits, '.', '-' and '+', joined by AND, OR or WITH. */
  private static final Pattern EXPRESSION = Pattern.compile(
      "\\(?[A-Za-z0-9.+-]+\\)?( (AND|OR|WITH) \\(?[A-Za-z0-9.+-]+\\)?)*");

  private LicenseKinds() {
  }

  public static String kind(String licenseId) {
    if (licenseId == null) {
      return NONE;
    }
    if (licenseId.startsWith(CUSTOM_PREFIX)) {
      return CUSTOM;
    }
    return EXPRESSION.matcher(licenseId).matches() ? SPDX : NOT_SPDX;
  }
}
