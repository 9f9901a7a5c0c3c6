package org.packdesk.bench;

import io.ebean.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.packdesk.catalog.LanguagePager;
import org.packdesk.catalog.LanguageSort;
import org.packdesk.catalog.LicensePager;
import org.packdesk.catalog.LicenseSort;
import org.packdesk.catalog.paging.Direction;
import org.packdesk.catalog.paging.SqlCriteria;

/**
 * The Licenses and Languages searches before and after migration 1.7, as a keystroke in their
 * search box runs them: before, the packages grouped and counted per license or language (up to
 * 5,000 rows, the old browse limit); now, the matching count and the first page by the stored
 * counts. Each timed cold (first run) and warm (median of 5). Part of {@link PagingBenchmark}.
 */
final class UsageSearchTimes {

  /** The old LicenseQueries.search, with the same words as criteria. */
  private static final String OLD_LICENSES = "select l.id, l.description, coalesce(c.n, 0) as packages,"
      + " (select count(*) from packages) as total from licenses l left join (select license_id, count(*) as n"
      + " from packages where license_id is not null group by license_id) c on c.license_id = l.id%s"
      + " order by packages desc, l.id fetch first 5000 rows only";
  /** The old LanguageQueries.search. */
  private static final String OLD_LANGUAGES = "select l.id, count(pl.package_id) as packages,"
      + " (select count(*) from packages) as total from languages l left join package_languages pl"
      + " on pl.language_id = l.id%s group by l.id order by packages desc, l.id fetch first 5000 rows only";

  private UsageSearchTimes() {
  }

  static void compare(Database db, int pageSize) throws Exception {
    LicensePager licenses = new LicensePager(db);
    LanguagePager languages = new LanguagePager(db);
    System.out.println("search                    old group-by cold/warm   new count+page cold/warm   (ms; rows)");
    for (String text : new String[] {"", "mit", "gpl", "bsd clause"}) {
      SqlCriteria criteria = LicensePager.matching(text);
      row("licenses \"" + text + "\"", () -> old(db, OLD_LICENSES, criteria), () -> {
        licenses.count(criteria);
        return licenses.page(criteria, LicenseSort.PACKAGES, Direction.DESCENDING, null, pageSize).rows().size();
      });
    }
    for (String text : new String[] {"", "python", "3.6", "c++"}) {
      SqlCriteria criteria = LanguagePager.matching(text);
      row("languages \"" + text + "\"", () -> old(db, OLD_LANGUAGES, criteria), () -> {
        languages.count(criteria);
        return languages.page(criteria, LanguageSort.PACKAGES, Direction.DESCENDING, null, pageSize).rows().size();
      });
    }
  }

  private static void row(String label, Callable<Integer> old, Callable<Integer> paged) throws Exception {
    double[] before = cold(old);
    double[] after = cold(paged);
    System.out.printf("  %-24s %9.1f %9.1f          %9.1f %9.1f     (%d; %d)%n", label, before[0], warm(old),
        after[0], warm(paged), (int) before[1], (int) after[1]);
  }

  /** {first run in ms, rows} */
  private static double[] cold(Callable<Integer> work) throws Exception {
    long start = System.nanoTime();
    int rows = work.call();
    return new double[] {(System.nanoTime() - start) / 1e6, rows};
  }

  private static double warm(Callable<Integer> work) throws Exception {
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      times.add(cold(work)[0]);
    }
    Collections.sort(times);
    return times.get(2);
  }

  /** Runs an old search and reads every row it returns, descriptions included, as the old table did. */
  private static int old(Database db, String sql, SqlCriteria criteria) throws Exception {
    String where = criteria.isEmpty() ? "" : " where " + criteria.sql();
    try (Connection c = db.dataSource().getConnection();
         PreparedStatement query = c.prepareStatement(String.format(sql, where))) {
      for (int i = 0; i < criteria.parameters().size(); i++) {
        query.setObject(i + 1, criteria.parameters().get(i));
      }
      int rows = 0;
      try (ResultSet rs = query.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          for (int i = 1; i <= columns; i++) {
            rs.getObject(i);
          }
          rows++;
        }
      }
      return rows;
    }
  }
}
