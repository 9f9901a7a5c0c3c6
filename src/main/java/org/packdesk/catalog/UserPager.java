package org.packdesk.catalog;

import io.ebean.Database;
import java.sql.Timestamp;
import org.packdesk.catalog.paging.SqlCriteria;
import org.packdesk.catalog.paging.TablePager;
import org.packdesk.model.MaintainerRole;

/** The users table, a page at a time, in any {@link UserSort}, with each user's package counts (through the maintainers' user index). */
public final class UserPager extends TablePager<UserRow, UserSort> {

  public UserPager(Database database) {
    super(database.dataSource(), "u.id, u.name, u.email, u.last_login,"
        + " (select count(*) from maintainers m where m.user_id = u.id and m.role = '" + MaintainerRole.OWNER.dbValue()
        + "') as owned, (select count(*) from maintainers m where m.user_id = u.id and m.role <> '"
        + MaintainerRole.OWNER.dbValue() + "') as maintained", "users u", "u.id", row -> {
          Timestamp login = row.getTimestamp("last_login");
          return new UserRow(row.getLong("id"), row.getString("name"), row.getString("email"), row.getInt("owned"),
              row.getInt("maintained"), login == null ? null : login.toInstant());
        });
  }

  /** Users whose name or e-mail contains every word of {@code text}, as the search box means it. */
  public static SqlCriteria matching(String text) {
    return SqlPatterns.everyWord(text, "u.name", "u.email_key");
  }
}
