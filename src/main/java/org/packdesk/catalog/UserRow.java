package org.packdesk.catalog;

import java.time.Instant;

/** One line of the users table: who, and on how many packages they are owner or maintainer. */
public record UserRow(long id, String name, String email, int owned, int maintained, Instant lastLogin) {

  /** Packages the user has any role on. */
  public int packages() {
    return owned + maintained;
  }
}
