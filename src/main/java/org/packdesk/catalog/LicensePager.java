package org.packdesk.catalog;

import io.ebean.Database;
import org.packdesk.catalog.paging.SqlCriteria;
import org.packdesk.catalog.paging.TablePager;

/**
 * The licenses table, a page at a time, in any {@link LicenseSort}: each license with its stored
 * package count (migration 1.7) and the catalog's, for its share. Only the start of a description
 * is read, enough for its summary: a custom license's whole text stays in the database.
 */
public final class LicensePager extends TablePager<LicenseRow, LicenseSort> {

  /** Characters of a description read for its summary line (a few leading blank lines and the line). */
  private static final int DESCRIPTION_READ = 1_000;

  public LicensePager(Database database) {
    super(database.dataSource(), "l.id, substring(l.description, 1, " + DESCRIPTION_READ + ") as description_start,"
        + " l.package_count, (select count(*) from packages) as catalog_packages", "licenses l", "l.id",
        row -> new LicenseRow(row.getString("id"), LicenseQueries.summary(row.getString("description_start")),
            row.getLong("package_count"), row.getLong("catalog_packages")));
  }

  /** Licenses whose id or description contains every word of {@code text}, as the search box means it. */
  public static SqlCriteria matching(String text) {
    return SqlPatterns.everyWord(text, "l.id", "l.description");
  }
}
