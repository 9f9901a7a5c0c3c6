package org.packdesk.catalog;

import io.ebean.Database;
import org.packdesk.catalog.paging.TablePager;

/**
 * The raw download events, a page at a time, in any {@link DownloadSort}. The table stands alone
 * in the query (no join): a page looks its rows' package names and versions up by primary key,
 * and a count or a search reads the downloads' own indexes, never a plan over three tables.
 */
public final class DownloadPager extends TablePager<DownloadRow, DownloadSort> {

  public DownloadPager(Database database) {
    super(database.dataSource(), "d.id, d.created_date, d.package_id,"
        + " (select p.name from packages p where p.id = d.package_id) as package_name,"
        + " (select r.version_string from releases r where r.id = d.release_id) as version_string,"
        + " d.ip_address, d.user_agent", "downloads d", "d.id",
        row -> new DownloadRow(row.getLong("id"), row.getTimestamp("created_date").toInstant(),
            row.getString("package_id"), row.getString("package_name"), row.getString("version_string"),
            row.getString("ip_address"), row.getString("user_agent")));
  }
}
