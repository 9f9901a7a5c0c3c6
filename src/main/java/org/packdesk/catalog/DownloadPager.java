package org.packdesk.catalog;

import io.ebean.Database;
import org.packdesk.catalog.paging.TablePager;

/** The raw download events, a page at a time, in any {@link DownloadSort}. */
public final class DownloadPager extends TablePager<DownloadRow, DownloadSort> {

  public DownloadPager(Database database) {
    super(database.dataSource(), "d.id, d.created_date, d.package_id, p.name as package_name, r.version_string,"
        + " d.ip_address, d.user_agent",
        "downloads d join packages p on p.id = d.package_id join releases r on r.id = d.release_id",
        "downloads d", "d.id", row -> new DownloadRow(row.getLong("id"), row.getTimestamp("created_date").toInstant(),
            row.getString("package_id"), row.getString("package_name"), row.getString("version_string"),
            row.getString("ip_address"), row.getString("user_agent")));
  }
}
