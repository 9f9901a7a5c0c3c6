package org.packdesk.catalog;

import java.time.Instant;

/**
 * What the downloads table is narrowed to: free text (every word in the package, user agent or
 * address), a package by name, the client's installer, Python (major.minor) and operating system
 * as the user agent tells them, and a time range. A null part does not narrow.
 *
 * @param from the first moment shown (inclusive)
 * @param until the moment the range ends (exclusive)
 */
public record DownloadFilter(String text, String packageName, String installer, String python, String system,
    Instant from, Instant until) {

  /** Every download. */
  public static final DownloadFilter ALL = new DownloadFilter(null, null, null, null, null, null, null);

  public static DownloadFilter text(String text) {
    return new DownloadFilter(text, null, null, null, null, null, null);
  }

  public DownloadFilter withPackage(String name) {
    return new DownloadFilter(text, name, installer, python, system, from, until);
  }

  public DownloadFilter withClient(String installer, String python, String system) {
    return new DownloadFilter(text, packageName, installer, python, system, from, until);
  }

  public DownloadFilter between(Instant from, Instant until) {
    return new DownloadFilter(text, packageName, installer, python, system, from, until);
  }

  /** Whether the client's installer, Python or system narrows (they are read from the user agent). */
  boolean narrowsClient() {
    return installer != null || python != null || system != null;
  }
}
