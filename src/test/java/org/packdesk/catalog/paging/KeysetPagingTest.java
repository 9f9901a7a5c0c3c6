package org.packdesk.catalog.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.packdesk.catalog.paging.PageWalk.walk;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebean.Database;
import io.ebean.Transaction;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.catalog.CatalogTotals;
import org.packdesk.catalog.SqlPatterns;
import org.packdesk.catalog.PackagePager;
import org.packdesk.catalog.PackageRow;
import org.packdesk.catalog.PackageSearch;
import org.packdesk.catalog.PackageSort;
import org.packdesk.catalog.ReleasePager;
import org.packdesk.catalog.ReleaseRow;
import org.packdesk.catalog.ReleaseSort;
import org.packdesk.catalog.ReleaseVersions;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.model.License;
import org.packdesk.model.Maintainer;
import org.packdesk.model.MaintainerRole;
import org.packdesk.model.Package;
import org.packdesk.model.Release;
import org.packdesk.model.ReleaseFile;
import org.packdesk.model.User;

/**
 * Paging returns every row exactly once, in the right order, in every sort order and direction,
 * at every page size, with many ties and nulls in the sort values (the id breaks ties), and a
 * deep position reached from an anchor is the same as walking there page by page.
 */
class KeysetPagingTest {

  @TempDir
  static Path dir;
  static CatalogDatabase catalog;
  static Database db;
  static PackagePager packages;
  static ReleasePager releases;

  @BeforeAll
  static void fill() throws Exception {
    catalog = TestCatalogs.open(dir.resolve("db"));
    db = catalog.database();
    Random random = new Random(42);
    try (Transaction txn = db.beginTransaction()) {
      License[] licenses = {new License("MIT"), new License("BSD"), null};
      db.save(licenses[0]);
      db.save(licenses[1]);
      List<User> users = new ArrayList<>();
      for (int u = 0; u < 4; u++) {
        User user = new User("User " + u, "user" + u + "@example.org");
        db.save(user);
        users.add(user);
      }
      int file = 0;
      for (int n = 0; n < 61; n++) {
        Package p = new Package("pkg-" + (char) ('a' + n % 26) + n, n % 5 == 0 ? "web toolkit" : "a library");
        p.setLicense(licenses[random.nextInt(3)]);
        p.setLastUpdated(random.nextInt(4) == 0 ? null : Instant.parse("2020-01-0" + (1 + random.nextInt(3)) + "T00:00:00Z"));
        db.save(p);
        for (int m = 0; m < random.nextInt(4); m++) {
          db.save(new Maintainer(users.get(m), p, MaintainerRole.OWNER));
        }
        for (int r = 0; r < random.nextInt(4); r++) {
          Release release = ReleaseVersions.newRelease(p, "1." + random.nextInt(3) + "." + r);
          release.setCreatedDate(random.nextInt(3) == 0 ? null : Instant.parse("2021-0" + (1 + random.nextInt(2)) + "-01T00:00:00Z"));
          release.setSize(random.nextInt(3) == 0 ? null : (long) random.nextInt(3) * 100);
          for (int f = 0; f < random.nextInt(3); f++) {
            ReleaseFile rf = new ReleaseFile(release, "file-" + file++);
            rf.setSize(random.nextInt(2) == 0 ? null : 10L);
            release.getFiles().add(rf);
          }
          db.save(release);
        }
      }
      txn.flush();
      CatalogTotals.recountAll(txn.connection());
      txn.commit();
    }
    packages = new PackagePager(db);
    releases = new ReleasePager(db);
  }

  @AfterAll
  static void close() {
    catalog.close();
  }

  @Test
  void everyPackageExactlyOnceInEveryOrderDirectionAndPageSize() throws Exception {
    assertTrue(packages.count(SqlCriteria.NONE) > 60);
    for (PackageSort sort : PackageSort.values()) {
      for (Direction direction : Direction.values()) {
        List<Object> expected = expectedIds("packages p", "p.id", sort, direction, SqlCriteria.NONE);
        for (int size : new int[] {1, 7, 100}) {
          assertEquals(expected, walk(packages, SqlCriteria.NONE, sort, direction, size, PackageRow::id),
              sort + " " + direction + " by " + size);
        }
      }
    }
  }

  @Test
  void everyReleaseExactlyOnceInEveryOrderDirectionAndPageSize() throws Exception {
    String from = "releases r join packages p on p.id = r.package_id";
    for (ReleaseSort sort : ReleaseSort.values()) {
      for (Direction direction : Direction.values()) {
        List<Object> expected = expectedIds(from, "r.id", sort, direction, SqlCriteria.NONE);
        assertTrue(expected.size() > 40, "enough releases to page through");
        for (int size : new int[] {1, 7, 100}) {
          assertEquals(expected, walk(releases, SqlCriteria.NONE, sort, direction, size, ReleaseRow::id),
              sort + " " + direction + " by " + size);
        }
      }
    }
  }

  @Test
  void aDeepPageReachedByAJumpIsThePageWalkedTo() throws Exception {
    for (PackageSort sort : PackageSort.values()) {
      for (Direction direction : Direction.values()) {
        assertJumpsLandOnTheWalkedPages(packages, "packages p", "p.id", sort, direction, PackageRow::id);
      }
    }
    for (ReleaseSort sort : ReleaseSort.values()) {
      for (Direction direction : Direction.values()) {
        assertJumpsLandOnTheWalkedPages(releases, "releases r", "r.id", sort, direction, ReleaseRow::id);
      }
    }
  }

  /**
   * Every page, jumped to from the last backwards: by a fresh query (the database skips to it), by
   * one whose anchors were read ahead (anchor, then a short walk), and by one reused throughout.
   */
  private static <R, S extends SortOrder> void assertJumpsLandOnTheWalkedPages(TablePager<R, S> pager, String from,
      String id, S sort, Direction direction, Function<R, Object> idOf) throws Exception {
    List<Object> expected = expectedIds(from, id, sort, direction, SqlCriteria.NONE);
    int pages = (expected.size() + 6) / 7;
    for (int perAnchor : new int[] {1, 3}) {
      PagedQuery<R, S> prepared = new PagedQuery<>(pager, SqlCriteria.NONE, sort, direction, 7, 10, perAnchor);
      prepared.prepareJumps();
      assertEquals(expected.size() / (7 * perAnchor), prepared.anchorCount(), "an anchor every " + perAnchor + " pages");
      PagedQuery<R, S> reused = new PagedQuery<>(pager, SqlCriteria.NONE, sort, direction, 7, 10, perAnchor);
      for (int k = pages; k >= 0; k--) {
        List<Object> wanted = expected.subList(Math.min(expected.size(), k * 7), Math.min(expected.size(), k * 7 + 7));
        String where = sort + " " + direction + " page " + k + " of " + pages + ", anchor every " + perAnchor;
        PagedQuery<R, S> fresh = new PagedQuery<>(pager, SqlCriteria.NONE, sort, direction, 7, 10, perAnchor);
        assertEquals(wanted, fresh.page(k).stream().map(idOf).toList(), "fresh " + where);
        assertEquals(wanted, prepared.page(k).stream().map(idOf).toList(), "prepared " + where);
        assertEquals(wanted, reused.page(k).stream().map(idOf).toList(), "reused " + where);
      }
      assertTrue(prepared.page(pages + 3).isEmpty(), "past the end");
      assertTrue(new PagedQuery<>(pager, SqlCriteria.NONE, sort, direction, 7, 10, perAnchor).page(pages + 3).isEmpty());
    }
  }

  @Test
  void anAbandonedQueryStopsReadingAnchorsAhead() {
    PagedQuery<PackageRow, PackageSort> query = new PagedQuery<>(packages, SqlCriteria.NONE, PackageSort.NAME,
        Direction.ASCENDING, 7, 10, 1);
    query.abandon();
    query.prepareJumps();
    assertEquals(0, query.anchorCount());
  }

  @Test
  void aRowsPositionIsItsPlaceInEveryOrder() throws Exception {
    for (ReleaseSort sort : ReleaseSort.values()) {
      for (Direction direction : Direction.values()) {
        List<Object> expected = expectedIds("releases r join packages p on p.id = r.package_id", "r.id", sort,
            direction, SqlCriteria.NONE);
        for (int i = 0; i < expected.size(); i += 5) {
          assertEquals(i, releases.position(SqlCriteria.NONE, sort, direction, expected.get(i)), sort + " " + direction);
        }
      }
    }
    for (PackageSort sort : PackageSort.values()) {
      for (Direction direction : Direction.values()) {
        List<Object> expected = expectedIds("packages p", "p.id", sort, direction, SqlCriteria.NONE);
        for (int i = 0; i < expected.size(); i += 3) {
          assertEquals(i, packages.position(SqlCriteria.NONE, sort, direction, expected.get(i)), sort + " " + direction);
        }
      }
    }
    assertEquals(-1, releases.position(SqlCriteria.NONE, ReleaseSort.DATE, Direction.ASCENDING, -5L), "no such release");
    SqlCriteria web = SqlPatterns.everyWord("web", "p.name", "p.summary");
    assertEquals(-1, packages.position(web, PackageSort.NAME, Direction.ASCENDING, "pkg-b1"), "not a web package");
    assertEquals(0, packages.position(web, PackageSort.NAME, Direction.ASCENDING, "pkg-a0"));
  }

  @Test
  void wordCriteriaNarrowThePagesAndEveryMatchComesOnce() throws Exception {
    for (String text : new String[] {"web", "pkg-a", "library pkg", "%", "zzz"}) {
      SqlCriteria criteria = SqlPatterns.everyWord(text, "p.name", "p.summary");
      List<Object> paged = walk(packages, criteria, PackageSort.UPDATED, Direction.DESCENDING, 7, PackageRow::id);
      List<Object> whole = packages.page(criteria, PackageSort.NAME, Direction.ASCENDING, null, 1000).rows().stream()
          .map(row -> (Object) row.id()).toList();
      assertEquals(new HashSet<>(whole), new HashSet<>(paged), text);
      assertEquals(whole.size(), paged.size(), "no row twice");
      assertEquals(whole.size(), packages.count(criteria));
    }
  }

  @Test
  void aPagedPackageRowIsTheOneTheSearchShows() throws Exception {
    List<PackageRow> paged = packages.page(SqlCriteria.NONE, PackageSort.NAME, Direction.ASCENDING, null, 1000).rows();
    List<PackageRow> searched = new PackageSearch(db).rowsFor(paged.stream().map(PackageRow::id).toList());
    assertEquals(new HashSet<>(searched), new HashSet<>(paged), "same names, versions, licenses, dates and counts");
  }

  /** Every row's id sorted in Java: nulls below every value, ties by id. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<Object> expectedIds(String from, String id, SortOrder sort, Direction direction,
      SqlCriteria criteria) throws Exception {
    List<SortColumn> columns = new ArrayList<>(sort.columns());
    columns.add(SortColumn.notNull(id));
    List<Object[]> rows = new ArrayList<>();
    String select = String.join(", ", columns.stream().map(SortColumn::sql).toList());
    try (Connection c = db.dataSource().getConnection();
         PreparedStatement query = c.prepareStatement("select " + select + " from " + from);
         ResultSet rs = query.executeQuery()) {
      while (rs.next()) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = rs.getObject(i + 1);
        }
        rows.add(values);
      }
    }
    Comparator<Object[]> order = (a, b) -> {
      for (int i = 0; i < a.length; i++) {
        int c = Comparator.nullsFirst((Comparator<Comparable>) Comparator.<Comparable>naturalOrder())
            .compare((Comparable) a[i], (Comparable) b[i]);
        if (c != 0) {
          return c;
        }
      }
      return 0;
    };
    rows.sort(direction.ascending() ? order : order.reversed());
    return rows.stream().map(r -> r[r.length - 1]).toList();
  }
}
