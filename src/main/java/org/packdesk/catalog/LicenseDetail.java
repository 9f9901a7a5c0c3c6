package org.packdesk.catalog;

/**
 * A license as its detail pane shows it: the whole description (for a custom license, its full
 * text), the row version it was read at, so an edit of it can tell a concurrent one, and how many
 * packages use it (the stored count, kept by {@link UsageCounts}).
 */
public record LicenseDetail(String id, String description, long version, long packages) {
}
