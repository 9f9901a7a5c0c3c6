package org.packdesk.catalog;

import java.time.Instant;

/**
 * One line of the releases table. {@code size} is the release's recorded size, or the sum of its
 * files' sizes where none was recorded; null when neither is known. {@code downloads} comes from the
 * {@code download_days} rollup.
 */
public record ReleaseRow(long id, String packageId, String packageName, String version, Instant created,
    Long size, int files, boolean yanked, String yankedReason,
    long downloads) {
}
