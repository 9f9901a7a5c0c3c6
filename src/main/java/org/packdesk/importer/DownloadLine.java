package org.packdesk.importer;

import java.time.Instant;

/**
 * One record of a download log, read: either a download of {@code filename}, or the reason it
 * does not count. {@code number} and {@code text} locate it for the report's examples.
 */
record DownloadLine(long number, String text, String filename, Instant time, String ipAddress, String userAgent,
    ClientDetails client, SkipReason skip) {

  static DownloadLine download(long number, String text, String filename, Instant time, String ipAddress,
      String userAgent, ClientDetails client) {
    return new DownloadLine(number, text, filename, time, ipAddress, userAgent, client, null);
  }

  static DownloadLine skipped(long number, String text, SkipReason reason) {
    return new DownloadLine(number, text, null, null, null, null, null, reason);
  }
}
