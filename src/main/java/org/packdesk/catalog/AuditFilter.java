package org.packdesk.catalog;

import java.time.Instant;

/**
 * What the journal is narrowed to: free text (every word in the curator, action, entity, id or
 * description), an exact action and curator, and a time range. A null part does not narrow.
 *
 * @param from the first moment shown (inclusive)
 * @param until the moment the range ends (exclusive)
 */
public record AuditFilter(String text, String action, String curator, Instant from, Instant until) {

  /** Every entry. */
  public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

  public static AuditFilter text(String text) {
    return new AuditFilter(text, null, null, null, null);
  }

  public AuditFilter withAction(String action) {
    return new AuditFilter(text, action, curator, from, until);
  }

  public AuditFilter withCurator(String curator) {
    return new AuditFilter(text, action, curator, from, until);
  }

  public AuditFilter between(Instant from, Instant until) {
    return new AuditFilter(text, action, curator, from, until);
  }
}
