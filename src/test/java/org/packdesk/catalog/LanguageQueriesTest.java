package org.packdesk.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.db.CatalogDatabase;

class LanguageQueriesTest {

  @TempDir
  Path dir;
  CatalogDatabase catalog;
  LanguageQueries languages;

  @BeforeEach
  void open() {
    catalog = TestCatalogs.open(dir);
    TestCatalogs.fillSample(catalog.database());
    languages = new LanguageQueries(catalog.database());
  }

  @AfterEach
  void close() {
    catalog.close();
  }

  @Test
  void knowsWhichNamesAreTaken() {
    assertTrue(languages.exists("Python :: 3.6"));
    assertFalse(languages.exists("python :: 3.6"), "names are exact");
    assertFalse(languages.exists("Rust"));
  }
}
