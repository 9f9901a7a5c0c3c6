package org.packdesk.catalog;

import io.ebean.Database;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.packdesk.model.MaintainerRole;
import org.packdesk.model.User;
import org.packdesk.model.query.QUser;

/** Finds users by name or e-mail, with the number of packages they own and maintain. */
public final class UserQueries {

  private final Database database;

  public UserQueries(Database database) {
    this.database = database;
  }

  /** Users whose name or e-mail contains every word of {@code text}, by name; at most {@code limit}. */
  public List<UserRow> search(String text, int limit) {
    QUser u = QUser.alias();
    QUser query = new QUser(database)
        .select(u.name, u.email, u.lastLogin)
        .orderBy().name.asc().emailKey.asc()
        .setMaxRows(limit);
    for (String word : SearchWords.of(text)) {
      query.or().name.icontains(word).emailKey.contains(word).endOr();
    }
    List<User> users = query.findList();
    if (users.isEmpty()) {
      return List.of();
    }
    Map<Long, int[]> roles = roleCounts(users.stream().map(User::getId).toList());
    return users.stream().map(user -> {
      int[] counts = roles.getOrDefault(user.getId(), new int[2]);
      return new UserRow(user.getId(), user.getName(), user.getEmail(), counts[0], counts[1], user.getLastLogin());
    }).toList();
  }

  /** Per user: {owner count, maintainer count}, in one grouped query. */
  private Map<Long, int[]> roleCounts(List<Long> userIds) {
    Map<Long, int[]> counts = new HashMap<>();
    database.sqlQuery("select user_id, role, count(*) as n from maintainers where user_id in (:ids)"
            + " group by user_id, role")
        .setParameter("ids", userIds)
        .findEach(row -> {
          int slot = MaintainerRole.OWNER.dbValue().equals(row.getString("role")) ? 0 : 1;
          counts.computeIfAbsent(row.getLong("user_id"), id -> new int[2])[slot] = row.getInteger("n");
        });
    return counts;
  }
}
