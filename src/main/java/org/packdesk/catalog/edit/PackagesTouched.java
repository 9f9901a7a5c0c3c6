package org.packdesk.catalog.edit;

import io.ebean.Database;
import java.util.List;

/**
 * Which packages a change may alter as search sees them (a maintainer's name, a language, a
 * yanked release...). Asked before and after the change, in its transaction: a merged language
 * or a deleted user leaves no trace of its packages afterwards.
 */
final class PackagesTouched {

  private PackagesTouched() {
  }

  static List<String> by(Database db, Change change) {
    String id = change.entityId();
    return switch (change.entity()) {
      case "package" -> List.of(id);
      case "maintainer" -> List.of(id.substring(id.indexOf('@') + 1));
      case "release" -> ids(db, "select package_id from releases where id = :id", Long.parseLong(id));
      case "user" -> isNumber(id)
          ? ids(db, "select package_id from maintainers where user_id = :id", Long.parseLong(id)) : List.of();
      case "language" -> ids(db, "select package_id from package_languages where language_id = :id", id);
      default -> List.of(); // a license's description is not searched
    };
  }

  private static boolean isNumber(String id) {
    return !id.isEmpty() && id.chars().allMatch(Character::isDigit);
  }

  private static List<String> ids(Database db, String sql, Object id) {
    return db.sqlQuery(sql).setParameter("id", id).mapToScalar(String.class).findList();
  }
}
