package org.packdesk.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;

/**
 * A catalog file stores its pages compressed, and stays readable by H2 opened without the setting
 * (an older Packdesk, H2's own console), as a curator going back a version would open it.
 */
class CatalogCompressionTest {

  @TempDir
  Path dir;

  @Test
  void theCatalogStoresItsPagesCompressed() {
    try (CatalogDatabase catalog = TestCatalogs.open(dir)) {
      String compress = catalog.database().sqlQuery("select setting_value from information_schema.settings"
          + " where setting_name = 'COMPRESS'").mapToScalar(String.class).findOne();
      assertEquals("TRUE", compress);
    }
  }

  @Test
  void aCompressedCatalogReadsBackWithoutTheSetting() throws Exception {
    try (CatalogDatabase catalog = TestCatalogs.open(dir)) {
      TestCatalogs.fillSample(catalog.database());
    }
    Path file = dir.resolve("catalog.mv.db");
    assertTrue(Files.size(file) > 0);
    try (Connection plain = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("catalog").toAbsolutePath(),
        CatalogDatabase.USER, CatalogDatabase.PASSWORD); Statement statement = plain.createStatement();
         ResultSet rs = statement.executeQuery("select id from packages order by id")) {
      StringBuilder names = new StringBuilder();
      while (rs.next()) {
        names.append(rs.getString(1)).append(' ');
      }
      assertEquals("flask numpy requests ", names.toString());
    }
  }
}
