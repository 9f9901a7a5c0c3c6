package org.packdesk.catalog;

import java.time.Instant;
import java.util.List;
import org.packdesk.model.MaintainerRole;

/**
 * What a user's detail pane shows: the account, whether it has a password (never the hash),
 * and the packages the user has a role on, by name.
 */
public record UserDetail(long id, String name, String email, Instant createdDate, Instant lastLogin,
    boolean hasPassword, List<PackageRole> packages) {

  /** A user's role on one package. */
  public record PackageRole(PackageRef pkg, MaintainerRole role) {
  }

  /** How the user is named to a person: the name, or the e-mail for an account without one. */
  public String label() {
    return name == null || name.isBlank() ? email : name;
  }

  /** Whether the user has any role on the package {@code packageId}. */
  public boolean hasRoleOn(String packageId) {
    return packages.stream().anyMatch(p -> p.pkg().id().equals(packageId));
  }
}
