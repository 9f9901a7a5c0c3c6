package org.packdesk.catalog.edit;

import io.ebean.Database;
import java.util.List;
import org.packdesk.catalog.CatalogTotals;
import org.packdesk.model.query.QMaintainer;
import java.util.Objects;
import org.packdesk.model.User;
import org.packdesk.model.query.QUser;

/**
 * Creates a user (id null) or changes a user's name and e-mail. The e-mail stays unique
 * whatever its case. Undoing a creation deletes the user again.
 */
public final class SaveUser implements Change {

  private final Long userId;
  private final String name;
  private final String email;
  private final boolean delete;
  private Long createdId;

  public SaveUser(Long userId, String name, String email) {
    this(userId, name, email, false);
  }

  private SaveUser(Long userId, String name, String email, boolean delete) {
    this.userId = userId;
    this.name = name == null || name.isBlank() ? null : name.trim();
    this.email = email == null ? null : email.trim();
    this.delete = delete;
  }

  /** Whether {@code email} is a well-formed address (one '@', a dotted domain, no spaces). */
  public static boolean isEmailAddress(String email) {
    return email != null && email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  }

  /** The id of the user this change created, once applied. */
  public Long createdId() {
    return createdId;
  }

  @Override
  public Change apply(Database db) {
    if (delete) {
      User user = db.find(User.class, userId);
      if (user != null) {
        // the database cascades the user's maintainer rows: recount the packages that lose one
        List<String> maintained = new QMaintainer(db).user.id.eq(userId).select(QMaintainer.alias().pkg.id)
            .findSingleAttributeList();
        db.delete(user);
        CatalogTotals.refreshPackages(db, maintained);
      }
      return new SaveUser(null, name, email);
    }
    if (!isEmailAddress(email)) {
      throw new RuleViolation("\u201c" + email + "\u201d is not an e-mail address.");
    }
    User other = new QUser(db).emailKey.eq(User.emailKey(email)).findOne();
    if (other != null && !Objects.equals(other.getId(), userId)) {
      throw new RuleViolation(email + " is already the e-mail of " + (other.getName() == null ? "another user" : other.getName()) + ".");
    }
    if (userId == null) {
      User user = new User(name, email);
      db.insert(user);
      createdId = user.getId();
      return new SaveUser(user.getId(), name, email, true);
    }
    User user = db.find(User.class, userId);
    if (user == null) {
      throw new RuleViolation("The user " + email + " no longer exists.");
    }
    SaveUser inverse = new SaveUser(userId, user.getName(), user.getEmail());
    user.setName(name);
    user.setEmail(email);
    db.update(user);
    return inverse;
  }

  @Override
  public String description() {
    if (delete) {
      return "Delete user " + email;
    }
    return (userId == null ? "Add user " : "Edit user ") + (name == null ? email : name + " <" + email + ">");
  }

  @Override
  public String action() {
    return delete ? "delete" : userId == null ? "create" : "update";
  }

  @Override
  public String entity() {
    return "user";
  }

  @Override
  public String entityId() {
    return userId == null ? email : userId.toString();
  }
}
