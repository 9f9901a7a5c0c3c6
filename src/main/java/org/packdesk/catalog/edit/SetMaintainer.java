package org.packdesk.catalog.edit;

import io.ebean.Database;
import java.util.List;
import org.packdesk.catalog.CatalogTotals;
import org.packdesk.model.Maintainer;
import org.packdesk.model.MaintainerId;
import org.packdesk.model.MaintainerRole;
import org.packdesk.model.Package;
import org.packdesk.model.User;
import org.packdesk.model.query.QMaintainer;

/**
 * Gives a user a role on a package, changes it, or (role null) removes the user from it. A
 * package that has owners always keeps at least one.
 */
public final class SetMaintainer implements Change {

  private final String packageId;
  private final long userId;
  private final MaintainerRole role;
  private final String userLabel;

  public SetMaintainer(String packageId, long userId, String userLabel, MaintainerRole role) {
    this.packageId = packageId;
    this.userId = userId;
    this.userLabel = userLabel;
    this.role = role;
  }

  @Override
  public Change apply(Database db) {
    MaintainerId id = new MaintainerId(userId, packageId);
    Maintainer current = db.find(Maintainer.class, id);
    MaintainerRole before = current == null ? null : current.getRole();
    if (before == role) {
      return this;
    }
    if (before == MaintainerRole.OWNER && role != MaintainerRole.OWNER) {
      int owners = new QMaintainer(db).pkg.id.eq(packageId).role.eq(MaintainerRole.OWNER).findCount();
      if (owners <= 1) {
        throw new RuleViolation(userLabel + " is the only owner of " + packageId
            + ": make someone else an owner first, a package always keeps at least one.");
      }
    }
    if (current == null) {
      User user = db.find(User.class, userId);
      Package pkg = db.find(Package.class, packageId);
      if (user == null || pkg == null) {
        throw new RuleViolation("The user or the package no longer exists.");
      }
      db.insert(new Maintainer(user, pkg, role));
    } else if (role == null) {
      db.delete(current);
    } else {
      current.setRole(role);
      db.update(current);
    }
    CatalogTotals.refreshPackages(db, List.of(packageId));
    return new SetMaintainer(packageId, userId, userLabel, before);
  }

  @Override
  public String description() {
    return role == null ? "Remove " + userLabel + " from " + packageId
        : "Make " + userLabel + " " + role.dbValue() + " of " + packageId;
  }

  @Override
  public String action() {
    return role == null ? "remove-maintainer" : "set-role";
  }

  @Override
  public String entity() {
    return "maintainer";
  }

  @Override
  public String entityId() {
    return userId + "@" + packageId;
  }
}
