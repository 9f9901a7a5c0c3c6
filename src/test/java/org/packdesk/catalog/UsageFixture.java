package org.packdesk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ebean.Database;
import io.ebean.Transaction;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.packdesk.catalog.paging.Direction;
import org.packdesk.catalog.paging.PageWalk;
import org.packdesk.catalog.paging.Pager;
import org.packdesk.catalog.paging.SortOrder;
import org.packdesk.catalog.paging.SqlCriteria;
import org.packdesk.model.License;
import org.packdesk.model.Package;
import org.packdesk.model.ProgrammingLanguage;

/**
 * Licenses and languages in many ties of their package counts, written as the importer's
 * packages would be, for the pagers' every-row-once tests; and the orders those tests expect,
 * counted afresh from the rows (not read from the stored counts).
 */
public final class UsageFixture {

  private UsageFixture() {
  }

  /**
   * Adds {@code licenseCount} licenses ({@code L000}..., license i on i % 4 packages, described as
   * "Tied license number i") and {@code languageCount} languages ({@code G000}...), each package
   * declaring two of them.
   */
  public static void fill(Database db, int licenseCount, int languageCount) {
    try (Transaction txn = db.beginTransaction()) {
      List<ProgrammingLanguage> languages = new ArrayList<>();
      for (int i = 0; i < languageCount; i++) {
        languages.add(new ProgrammingLanguage(String.format("G%03d", i)));
      }
      db.saveAll(languages);
      int n = 0;
      for (int i = 0; i < licenseCount; i++) {
        License license = new License(String.format("L%03d", i));
        license.setDescription("Tied license number " + i);
        db.save(license);
        for (int k = 0; k < i % 4; k++, n++) {
          Package pkg = new Package("fixture-" + n, "A package of the usage fixture");
          pkg.setLicense(license);
          pkg.getLanguages().add(languages.get(n % languageCount));
          if ((n * 7) % languageCount != n % languageCount) {
            pkg.getLanguages().add(languages.get((n * 7) % languageCount));
          }
          db.save(pkg);
        }
      }
      txn.flush();
      CatalogTotals.recountAll(txn.connection());
      txn.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Each id's packages, counted now: {@code select id, count} over the rows. */
  static Map<String, Long> counted(Database db, String sql) {
    Map<String, Long> counts = new TreeMap<>();
    db.sqlQuery(sql).findList().forEach(row -> counts.put(row.getString("id"), row.getLong("n")));
    return counts;
  }

  /**
   * Walks {@code pager} in every sort and direction, 1, 7 and 100 rows a page, and asserts it reads
   * the ids of {@code counted} exactly once each, in order of their count (when sorted by
   * {@code byCount}) or id, ties broken by id in the same direction.
   */
  static <R, S extends SortOrder> void assertEveryRowOnce(Pager<R, S> pager, SqlCriteria criteria, S[] sorts,
      S byCount, Map<String, Long> counted, Function<R, Object> id) {
    for (S sort : sorts) {
      for (Direction direction : Direction.values()) {
        List<Object> expected = expected(counted, sort == byCount, direction);
        for (int size : new int[] {1, 7, 100}) {
          assertEquals(expected, PageWalk.walk(pager, criteria, sort, direction, size, id),
              sort + " " + direction + " by " + size);
        }
      }
    }
  }

  /** The ids in order of count then id, both in {@code direction} (or by id alone when {@code byCount} is false). */
  static List<Object> expected(Map<String, Long> counts, boolean byCount, Direction direction) {
    Comparator<String> order = byCount
        ? Comparator.<String, Long>comparing(counts::get).thenComparing(Comparator.naturalOrder())
        : Comparator.naturalOrder();
    return counts.keySet().stream().sorted(direction.ascending() ? order : order.reversed()).map(id -> (Object) id)
        .toList();
  }
}
