package org.packdesk.catalog;

import java.time.Instant;

/** One line of the packages table. */
public record PackageRow(String id, String name, String summary, String latestVersion,
    String license, Instant lastUpdated, int maintainers, long downloads) {
}
