package org.packdesk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.db.CatalogDatabase;

class UserQueriesTest {

  @TempDir
  Path dir;
  CatalogDatabase catalog;
  UserQueries users;

  @BeforeEach
  void open() {
    catalog = TestCatalogs.open(dir);
    TestCatalogs.fillSample(catalog.database());
    users = new UserQueries(catalog.database());
  }

  @AfterEach
  void close() {
    catalog.close();
  }

  @Test
  void listsUsersByNameWithTheirRoles() {
    List<UserRow> rows = users.search(null, 100);
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
    assertEquals(List.of("Armin.Ronacher@active-4.com"), emails(users.search("active-4", 100)));
    assertEquals(List.of("Armin.Ronacher@active-4.com"), emails(users.search("ARMIN.RONACHER@", 100)));
    assertEquals(List.of("me@kennethreitz.com"), emails(users.search("kennethreitz.com", 100)));
  }

  @Test
  void findsUsersByName() {
    assertEquals(List.of("me@kennethreitz.com"), emails(users.search("kenneth reitz", 100)));
    assertEquals(List.of(), users.search("kenneth ronacher", 100));
  }

  private static List<String> emails(List<UserRow> rows) {
    return rows.stream().map(UserRow::email).toList();
  }
}
