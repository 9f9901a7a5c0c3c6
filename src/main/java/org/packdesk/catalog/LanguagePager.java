package org.packdesk.catalog;

import io.ebean.Database;
import org.packdesk.catalog.paging.SqlCriteria;
import org.packdesk.catalog.paging.TablePager;

/**
 * The languages table, a page at a time, in any {@link LanguageSort}: each language with its
 * stored count of declaring packages (migration 1.7) and the catalog's, for its share.
 */
public final class LanguagePager extends TablePager<LanguageRow, LanguageSort> {

  public LanguagePager(Database database) {
    super(database.dataSource(), "l.id, l.package_count, (select count(*) from packages) as catalog_packages",
        "languages l", "l.id",
        row -> new LanguageRow(row.getString("id"), row.getLong("package_count"), row.getLong("catalog_packages")));
  }

  /** Languages whose name contains every word of {@code text}, as the search box means it. */
  public static SqlCriteria matching(String text) {
    return SqlPatterns.everyWord(text, "l.id");
  }
}
