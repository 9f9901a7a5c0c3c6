package org.packdesk.catalog.edit;

import io.ebean.Database;
import org.packdesk.model.User;

/** Sets (or, with null, clears) a user's password, given as its Argon2id hash only. */
public final class SetPassword implements Change {

  private final long userId;
  private final String label;
  private final String hash;

  /** @param hash from {@code PasswordHasher.hash}; never the password itself */
  public SetPassword(long userId, String label, String hash) {
    if (hash != null && !hash.startsWith("$argon2id$")) {
      throw new IllegalArgumentException("Only Argon2id hashes are stored");
    }
    this.userId = userId;
    this.label = label;
    this.hash = hash;
  }

  @Override
  public Change apply(Database db) {
    User user = db.find(User.class, userId);
    if (user == null) {
      throw new RuleViolation("The user " + label + " no longer exists.");
    }
    SetPassword inverse = new SetPassword(userId, label, user.getHashedPassword());
    user.setHashedPassword(hash);
    db.update(user);
    return inverse;
  }

  @Override
  public String description() {
    return hash == null ? "Clear the password of " + label : "Set the password of " + label;
  }

  @Override
  public String action() {
    return "set-password";
  }

  @Override
  public String entity() {
    return "user";
  }

  @Override
  public String entityId() {
    return Long.toString(userId);
  }
}
