package org.packdesk.importer;

import org.packdesk.model.DownloadDay;

/**
 * What a download log tells about the client: the installer and the platform it ran on. The
 * rollup keeps installer, python (major.minor) and system; the rest is parsed for later reports.
 * Missing values are {@link DownloadDay#UNKNOWN} for the rolled-up fields and null otherwise.
 * {@code distro} is the Linux distribution and its version ("Ubuntu 18.04"), which only pip's JSON tells.
 */
public record ClientDetails(String installer, String installerVersion, String python, String implementation,
    String system, String cpu, String distro) {

  public static final ClientDetails UNKNOWN = new ClientDetails(DownloadDay.UNKNOWN, null, DownloadDay.UNKNOWN,
      null, DownloadDay.UNKNOWN, null, null);

  /** Details of a client whose distribution is not known. */
  public ClientDetails(String installer, String installerVersion, String python, String implementation, String system,
      String cpu) {
    this(installer, installerVersion, python, implementation, system, cpu, null);
  }

  /** Fills the rolled-up fields' gaps and cuts them to their column sizes. */
  public ClientDetails {
    installer = orUnknown(installer, 64);
    python = pythonMajorMinor(python);
    system = orUnknown(system, 64);
  }

  /** "3.6.5" and "3.6" give "3.6"; anything that does not start with two numbers gives unknown. */
  static String pythonMajorMinor(String version) {
    if (version == null) {
      return DownloadDay.UNKNOWN;
    }
    int i = 0;
    int n = version.length();
    int majorStart = i;
    while (i < n && Character.isDigit(version.charAt(i))) {
      i++;
    }
    if (i == majorStart || i >= n || version.charAt(i) != '.') {
      return DownloadDay.UNKNOWN;
    }
    int minorStart = ++i;
    while (i < n && Character.isDigit(version.charAt(i))) {
      i++;
    }
    if (i == minorStart || i - majorStart > 16) {
      return DownloadDay.UNKNOWN;
    }
    return version.substring(majorStart, i);
  }

  private static String orUnknown(String value, int maxLength) {
    if (value == null || value.isBlank()) {
      return DownloadDay.UNKNOWN;
    }
    String trimmed = value.strip();
    return trimmed.length() > maxLength ? trimmed.substring(0, maxLength) : trimmed;
  }
}
