package org.packdesk.catalog;

import java.time.Instant;

/** One line of the journal table: who did what to which entity, and when. */
public record AuditRow(long id, Instant happenedAt, String curator, String action, String entity,
    String entityId, String description) {
}
