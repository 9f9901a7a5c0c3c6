package org.packdesk.catalog;

import java.time.Instant;

/**
 * One line of the releases table. {@code size} is the release's recorded size, or the sum of its
 * files' sizes where none was recorded; null when neither is known.
 */
public record ReleaseRow(long id, String packageId, String packageName, String version, Instant created,
    Long size, int files, boolean yanked, String yankedReason) {
}
