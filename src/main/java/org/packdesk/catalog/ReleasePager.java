package org.packdesk.catalog;

import io.ebean.Database;
import java.sql.Timestamp;
import org.packdesk.catalog.paging.SqlCriteria;
import org.packdesk.catalog.paging.TablePager;

/** The releases table, a page at a time, in any {@link ReleaseSort}. */
public final class ReleasePager extends TablePager<ReleaseRow, ReleaseSort> {

  public ReleasePager(Database database) {
    super(database.dataSource(), "r.id, r.package_id, p.name as package_name, r.version_string, r.created_date,"
        + " r.total_size, r.file_count, r.yanked, r.yanked_reason, r.download_total as downloads",
        "releases r join packages p on p.id = r.package_id",
        "releases r", "r.id", row -> {
          Timestamp created = row.getTimestamp("created_date");
          long size = row.getLong("total_size");
          Long knownSize = row.wasNull() ? null : size;
          return new ReleaseRow(row.getLong("id"), row.getString("package_id"), row.getString("package_name"),
              row.getString("version_string"), created == null ? null : created.toInstant(),
              knownSize, row.getInt("file_count"), row.getBoolean("yanked"),
              row.getString("yanked_reason"), row.getLong("downloads"));
        });
  }

  /** Releases whose package name or version contains every word of {@code text}, as the search box means it. */
  public static SqlCriteria matching(String text) {
    return SqlPatterns.everyWord(text, "p.name", "r.version_string");
  }
}
