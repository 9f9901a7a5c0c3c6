package org.packdesk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebean.Database;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.model.MaintainerRole;
import org.packdesk.model.User;
import org.packdesk.model.query.QUser;

class UserDetailsTest {

  @TempDir
  Path dir;
  CatalogDatabase catalog;
  Database db;
  UserDetails details;

  @BeforeEach
  void open() {
    catalog = TestCatalogs.open(dir);
    db = catalog.database();
    TestCatalogs.fillSample(db);
    details = new UserDetails(db);
  }

  @AfterEach
  void close() {
    catalog.close();
  }

  private long idOf(String email) {
    return new QUser(db).emailKey.eq(User.emailKey(email)).findOne().getId();
  }

  @Test
  void showsTheAccountAndEveryPackageWithItsRole() {
    UserDetail kenneth = details.find(idOf("me@kennethreitz.com")).orElseThrow();
    assertEquals("Kenneth Reitz", kenneth.name());
    assertEquals("me@kennethreitz.com", kenneth.email());
    assertNotNull(kenneth.createdDate());
    assertNull(kenneth.lastLogin());
    assertFalse(kenneth.hasPassword());
    assertEquals(List.of(
            new UserDetail.PackageRole(new PackageRef("flask", "Flask",
                "A simple framework for building complex web applications."), MaintainerRole.MAINTAINER),
            new UserDetail.PackageRole(new PackageRef("requests", "requests", "Python HTTP for Humans."),
                MaintainerRole.OWNER)),
        kenneth.packages());
    assertTrue(kenneth.hasRoleOn("flask"));
    assertFalse(kenneth.hasRoleOn("numpy"));
  }

  @Test
  void saysWhetherThereIsAPasswordButNeverGivesTheHash() {
    User armin = db.find(User.class, idOf("armin.ronacher@active-4.com"));
    armin.setHashedPassword(PasswordHasher.hash("correct horse battery staple"));
    db.update(armin);
    UserDetail detail = details.find(armin.getId()).orElseThrow();
    assertTrue(detail.hasPassword());
    assertFalse(detail.toString().contains("$argon2id$"));
  }

  @Test
  void aMissingUserIsEmptyAndANamelessOneIsCalledByEmail() {
    assertTrue(details.find(-1).isEmpty());
    User nameless = new User(null, "anon@example.org");
    db.save(nameless);
    UserDetail detail = details.find(nameless.getId()).orElseThrow();
    assertEquals("anon@example.org", detail.label());
    assertEquals(List.of(), detail.packages());
  }
}
