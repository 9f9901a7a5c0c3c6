package org.packdesk.catalog;

import io.ebean.Database;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.packdesk.catalog.paging.Direction;
import org.packdesk.catalog.paging.Page;
import org.packdesk.catalog.paging.RowKey;
import org.packdesk.catalog.paging.SqlCriteria;
import org.packdesk.catalog.paging.TablePager;

/**
 * The raw download events, a page at a time, in any {@link DownloadSort}. The table stands alone
 * in the paging query (no join, no subquery in its select list): a count or a search reads the
 * downloads' own indexes, and H2 stops after a page's rows (with a lookup in the select list, a
 * descending page of one package evaluated it for all of the package's rows: 4.6 s for 38,000).
 * The page's package names and versions are then read by release id, in one query.
 */
public final class DownloadPager extends TablePager<DownloadRow, DownloadSort> {

  private final Database database;

  public DownloadPager(Database database) {
    super(database.dataSource(), "d.id, d.created_date, d.package_id, d.release_id, d.ip_address, d.user_agent",
        "downloads d", "d.id", row -> new DownloadRow(row.getLong("id"), row.getTimestamp("created_date").toInstant(),
            row.getString("package_id"), null, Long.toString(row.getLong("release_id")), row.getString("ip_address"),
            row.getString("user_agent")));
    this.database = database;
  }

  @Override
  public Page<DownloadRow> page(SqlCriteria criteria, DownloadSort sort, Direction direction, RowKey after, int limit) {
    Page<DownloadRow> page = super.page(criteria, sort, direction, after, limit);
    if (page.rows().isEmpty()) {
      return page;
    }
    // the reader left the release id where the version goes: name and version replace it
    Map<Long, String[]> releases = new HashMap<>();
    database.sqlQuery("select r.id, r.version_string, p.name from releases r join packages p on p.id = r.package_id"
            + " where r.id in (:ids)")
        .setParameter("ids", page.rows().stream().map(row -> Long.parseLong(row.version())).distinct().toList())
        .findEach(row -> releases.put(row.getLong("id"), new String[] {row.getString("name"),
            row.getString("version_string")}));
    List<DownloadRow> rows = page.rows().stream().map(row -> {
      String[] release = releases.getOrDefault(Long.parseLong(row.version()), new String[2]);
      return new DownloadRow(row.id(), row.created(), row.packageId(), release[0], release[1], row.ipAddress(),
          row.userAgent());
    }).toList();
    return new Page<>(rows, page.keys());
  }
}
