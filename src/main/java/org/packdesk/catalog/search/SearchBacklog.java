package org.packdesk.catalog.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;

/**
 * Records, inside the caller's transaction, which packages the search index must refresh. The
 * mark commits (or rolls back) with the change itself, so the index can never miss a committed
 * change: it catches up from these rows before it answers.
 */
public final class SearchBacklog {

  private SearchBacklog() {
  }

  public static void mark(Connection connection, Collection<String> packageIds) {
    if (packageIds.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement("insert into search_backlog (package_id) values (?)")) {
      for (String id : new LinkedHashSet<>(packageIds)) {
        insert.setString(1, id);
        insert.addBatch();
      }
      insert.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not note the packages to re-index: " + e.getMessage(), e);
    }
  }
}
