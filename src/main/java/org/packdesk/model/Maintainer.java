package org.packdesk.model;

import io.ebean.annotation.ConstraintMode;
import io.ebean.annotation.DbForeignKey;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** The user <-> package link with its role; the key is (user_id, package_id). */
@Entity
@Table(name = "maintainers")
public class Maintainer extends BaseModel {

  @EmbeddedId
  private MaintainerId id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "user_id", insertable = false, updatable = false)
  @DbForeignKey(onDelete = ConstraintMode.CASCADE)
  private User user;

  @ManyToOne(optional = false)
  @JoinColumn(name = "package_id", insertable = false, updatable = false)
  @DbForeignKey(onDelete = ConstraintMode.CASCADE)
  private Package pkg;

  @Column(length = 16, nullable = false)
  private MaintainerRole role;

  private Instant createdDate;

  protected Maintainer() {
  }

  public Maintainer(User user, Package pkg, MaintainerRole role) {
    this.id = new MaintainerId(user.getId(), pkg.getId());
    this.user = user;
    this.pkg = pkg;
    this.role = role;
    this.createdDate = Instant.now();
  }

  public MaintainerId getId() {
    return id;
  }

  public User getUser() {
    return user;
  }

  public Package getPkg() {
    return pkg;
  }

  public MaintainerRole getRole() {
    return role;
  }

  public void setRole(MaintainerRole role) {
    this.role = role;
  }

  public Instant getCreatedDate() {
    return createdDate;
  }
}
