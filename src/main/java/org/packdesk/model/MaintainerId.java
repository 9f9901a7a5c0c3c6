package org.packdesk.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** Composite key of {@link Maintainer}: one row per (user, package). */
@Embeddable
public class MaintainerId {

  @Column(name = "user_id", nullable = false)
  private Long userId;

  @Column(name = "package_id", length = 200, nullable = false)
  private String packageId;

  protected MaintainerId() {
  }

  public MaintainerId(Long userId, String packageId) {
    this.userId = userId;
    this.packageId = packageId;
  }

  public Long getUserId() {
    return userId;
  }

  public String getPackageId() {
    return packageId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MaintainerId other
        && Objects.equals(userId, other.userId)
        && Objects.equals(packageId, other.packageId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(userId, packageId);
  }

  @Override
  public String toString() {
    return userId + "@" + packageId;
  }
}
