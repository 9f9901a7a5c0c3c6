package org.packdesk.catalog;

import java.time.Instant;

/** One line of the downloads table: when, what, and from where. */
public record DownloadRow(long id, Instant created, String packageId, String packageName, String version,
    String ipAddress, String userAgent) {
}
