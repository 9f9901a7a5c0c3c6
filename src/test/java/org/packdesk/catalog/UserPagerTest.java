package org.packdesk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.catalog.paging.Direction;
import org.packdesk.catalog.paging.Page;
import org.packdesk.catalog.paging.RowKey;
import org.packdesk.catalog.paging.SqlCriteria;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.model.User;
import org.packdesk.model.query.QUser;

/** The users table's pages: found by name or e-mail, with their roles; every user once in every order. */
class UserPagerTest {

  @TempDir
  Path dir;
  CatalogDatabase catalog;
  UserPager users;

  @BeforeEach
  void open() {
    catalog = TestCatalogs.open(dir);
    TestCatalogs.fillSample(catalog.database());
    users = new UserPager(catalog.database());
  }

  @AfterEach
  void close() {
    catalog.close();
  }

  private List<UserRow> search(String text) {
    return users.page(UserPager.matching(text), UserSort.NAME, Direction.ASCENDING, null, 100).rows();
  }

  @Test
  void listsUsersByNameWithTheirRoles() {
    List<UserRow> rows = search(null);
    assertEquals(List.of("Armin Ronacher", "Kenneth Reitz"), rows.stream().map(UserRow::name).toList());
    UserRow armin = rows.get(0);
    assertEquals(1, armin.owned());
    assertEquals(0, armin.maintained());
    UserRow kenneth = rows.get(1);
    assertEquals(1, kenneth.owned(), "owns requests");
    assertEquals(1, kenneth.maintained(), "maintains flask");
    assertEquals(2, kenneth.packages());
  }

  @Test
  void findsUsersByEmailWhateverTheCase() {
    assertEquals(List.of("Armin.Ronacher@active-4.com"), emails(search("active-4")));
    assertEquals(List.of("Armin.Ronacher@active-4.com"), emails(search("ARMIN.RONACHER@")));
    assertEquals(List.of("me@kennethreitz.com"), emails(search("kennethreitz.com")));
  }

  @Test
  void findsUsersByName() {
    assertEquals(List.of("me@kennethreitz.com"), emails(search("kenneth reitz")));
    assertEquals(List.of(), search("kenneth ronacher"));
    assertEquals(1, users.count(UserPager.matching("kenneth")));
  }

  @Test
  void everyUserExactlyOnceInEveryOrderDirectionAndPageSize() {
    for (int i = 0; i < 40; i++) {
      // names and logins with many ties and nulls: the id breaks ties, nulls sort below every value
      User user = new User(i % 7 == 0 ? null : "User " + (char) ('a' + i % 5), "user" + i + "@Example.org");
      user.setLastLogin(i % 3 == 0 ? null : Instant.parse("2024-01-0" + (1 + i % 4) + "T00:00:00Z"));
      catalog.database().save(user);
    }
    List<User> all = new QUser(catalog.database()).findList();
    for (UserSort sort : UserSort.values()) {
      for (Direction direction : Direction.values()) {
        Comparator<User> bySort = Comparator.comparing(key(sort), Comparator.nullsFirst(Comparator.naturalOrder()));
        Comparator<User> order = bySort.thenComparing(User::getId);
        List<Long> expected = all.stream().sorted(direction.ascending() ? order : order.reversed()).map(User::getId).toList();
        for (int size : new int[] {1, 7, 100}) {
          assertEquals(expected, walk(sort, direction, size), sort + " " + direction + " by " + size);
        }
      }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Function<User, Comparable> key(UserSort sort) {
    return switch (sort) {
      case NAME -> User::getName;
      case EMAIL -> user -> user.getEmail().toLowerCase(Locale.ROOT);
      case LAST_LOGIN -> User::getLastLogin;
    };
  }

  private List<Long> walk(UserSort sort, Direction direction, int size) {
    List<Long> ids = new ArrayList<>();
    RowKey after = null;
    while (true) {
      Page<UserRow> page = users.page(SqlCriteria.NONE, sort, direction, after, size);
      page.rows().forEach(row -> ids.add(row.id()));
      if (page.rows().size() < size) {
        return ids;
      }
      after = page.lastKey();
    }
  }

  private static List<String> emails(List<UserRow> rows) {
    return rows.stream().map(UserRow::email).toList();
  }
}
