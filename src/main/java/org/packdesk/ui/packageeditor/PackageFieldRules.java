package org.packdesk.ui.packageeditor;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.packdesk.catalog.edit.PackageField;

/**
 * What a package field accepts, as a curator is told it: a message for a value that will not
 * do, null for one that will. Values come trimmed, and null where the field is empty.
 */
public final class PackageFieldRules {

  /** The catalog's column sizes. */
  private static final Map<PackageField, Integer> MAX_LENGTH = Map.of(
      PackageField.SUMMARY, 512, PackageField.HOME_PAGE, 1000, PackageField.DOCS_URL, 1000,
      PackageField.PACKAGE_URL, 1000, PackageField.DOWNLOAD_URL, 1000, PackageField.AUTHOR_NAME, 1000,
      PackageField.AUTHOR_EMAIL, 1000, PackageField.KEYWORDS, 1000, PackageField.REQUIRES_PYTHON, 200,
      PackageField.LIFECYCLE_NOTE, 1000);
  private static final Pattern EMAIL = Pattern.compile("[^@\\s<>,;]+@[^@\\s<>,;]+\\.[^@\\s<>,;.]+");
  private static final Pattern SPECIFIER = Pattern.compile("(~=|===|==|!=|<=|>=|<|>)\\s*[0-9][0-9A-Za-z.*+!_-]*");

  private PackageFieldRules() {
  }

  static String check(PackageField field, String value) {
    if (value == null) {
      return field == PackageField.SUMMARY ? "A summary is required: one line saying what the package is for." : null;
    }
    Integer max = MAX_LENGTH.get(field);
    if (max != null && value.length() > max) {
      return String.format("At most %,d characters fit here; this has %,d.", max, value.length());
    }
    return switch (field) {
      case HOME_PAGE, DOCS_URL, PACKAGE_URL, DOWNLOAD_URL -> webAddress(value);
      case AUTHOR_EMAIL -> emailAddresses(value);
      case REQUIRES_PYTHON -> versionSpecifiers(value);
      default -> null;
    };
  }

  public static String webAddress(String value) {
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      return "Not a web address: \u201c" + value + "\u201d cannot be read as one (write a space as %20).";
    }
    String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme == null) {
      return "Not a web address: write it in full, starting with https:// or http://.";
    }
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return "Only web addresses starting with https:// or http:// can be linked, not " + scheme + ":.";
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      return "Not a web address: the server's name is missing after " + scheme + "://.";
    }
    return null;
  }

  /** One address, or several separated by commas or semicolons, as PyPI metadata has them. */
  static String emailAddresses(String value) {
    for (String part : value.split("[,;]")) {
      String address = part.strip();
      if (!EMAIL.matcher(address).matches()) {
        return "Not an e-mail address: \u201c" + address + "\u201d. Separate several addresses with commas.";
      }
    }
    return null;
  }

  /** PEP 440 version specifiers, e.g. ">=2.7, !=3.0.*". */
  static String versionSpecifiers(String value) {
    for (String part : value.split(",", -1)) {
      String clause = part.strip();
      if (!SPECIFIER.matcher(clause).matches()) {
        return "Not a version specifier: \u201c" + clause + "\u201d. Write them like >=3.8 or >=2.7, !=3.0.*";
      }
    }
    return null;
  }
}
