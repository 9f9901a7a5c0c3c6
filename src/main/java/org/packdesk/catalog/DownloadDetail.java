package org.packdesk.catalog;

import java.time.Instant;
import org.packdesk.importer.ClientDetails;

/**
 * One download event as the Downloads section's detail pane shows it, with the client its user
 * agent names. The raw row does not keep which file of the release was fetched: {@code file} is
 * the release's only file when it has one, null otherwise ({@code releaseFiles} says how many).
 */
public record DownloadDetail(long id, Instant created, String packageId, String packageName, long releaseId,
    String version, String file, int releaseFiles, String ipAddress, String userAgent, ClientDetails client) {
}
