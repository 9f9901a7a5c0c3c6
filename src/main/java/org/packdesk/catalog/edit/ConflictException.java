package org.packdesk.catalog.edit;

import java.util.List;

/**
 * The row changed underneath a curator's edit (another window or process saved first). Carries
 * both sides of every field that differs, so the curator can choose; nothing was written.
 */
public class ConflictException extends Exception {

  /** One field: the value the curator wants, and the value now stored. */
  public record FieldConflict(String field, Object mine, Object theirs) {
  }

  private final transient List<FieldConflict> fields;
  private final long currentVersion;

  public ConflictException(String message, List<FieldConflict> fields, long currentVersion) {
    super(message);
    this.fields = List.copyOf(fields);
    this.currentVersion = currentVersion;
  }

  public List<FieldConflict> fields() {
    return fields;
  }

  /** The row's version now: an edit re-based on it overwrites the other side's values. */
  public long currentVersion() {
    return currentVersion;
  }
}
