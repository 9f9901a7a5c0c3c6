package org.packdesk.catalog;

import io.ebean.Database;
import java.util.Optional;
import org.packdesk.model.User;
import org.packdesk.model.query.QMaintainer;
import org.packdesk.model.query.QPackage;
import org.packdesk.model.query.QUser;

/** Reads one user with the packages they own and maintain, for the user's detail pane. */
public final class UserDetails {

  private final Database database;

  public UserDetails(Database database) {
    this.database = database;
  }

  /** The user {@code userId}, or empty when there is none (any more). */
  public Optional<UserDetail> find(long userId) {
    QUser u = QUser.alias();
    User user = new QUser(database)
        .select(u.name, u.email, u.createdDate, u.lastLogin, u.hashedPassword)
        .id.eq(userId)
        .findOne();
    if (user == null) {
      return Optional.empty();
    }
    QMaintainer m = QMaintainer.alias();
    QPackage p = QPackage.alias();
    var packages = new QMaintainer(database)
        .select(m.role)
        .pkg.fetch(p.id, p.name, p.summary)
        .user.id.eq(userId)
        .orderBy().pkg.id.asc()
        .findList().stream()
        .map(row -> new UserDetail.PackageRole(
            new PackageRef(row.getPkg().getId(), row.getPkg().getName(), row.getPkg().getSummary()), row.getRole()))
        .toList();
    return Optional.of(new UserDetail(user.getId(), user.getName(), user.getEmail(), user.getCreatedDate(),
        user.getLastLogin(), user.getHashedPassword() != null, packages));
  }
}
