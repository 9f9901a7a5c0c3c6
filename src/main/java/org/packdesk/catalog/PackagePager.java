package org.packdesk.catalog;

import io.ebean.Database;
import java.sql.Timestamp;
import org.packdesk.catalog.paging.TablePager;

/** The packages table, a page at a time, in any {@link PackageSort}. */
public final class PackagePager extends TablePager<PackageRow, PackageSort> {

  public PackagePager(Database database) {
    super(database.dataSource(), "p.id, p.name, p.summary, p.latest_version, p.license_id, p.last_updated,"
        + " p.maintainer_count, p.download_total", "packages p", "p.id", row -> {
          Timestamp updated = row.getTimestamp("last_updated");
          return new PackageRow(row.getString("id"), row.getString("name"), row.getString("summary"),
              row.getString("latest_version"), row.getString("license_id"),
              updated == null ? null : updated.toInstant(), row.getInt("maintainer_count"),
              row.getLong("download_total"));
        });
  }
}
