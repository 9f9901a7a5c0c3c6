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
 * The H2 settings a catalog file opens with, as H2 reports them for the open catalog.
 *
 * <p>Compaction is held back to files that are mostly dead space. H2's default (90%) set the
 * PyPI-sized catalog (71% live) moving chunks from every start, on one of the machine's two cores,
 * while the window and the searches waited; measured side by side, {@code license:MIT}'s facets
 * took p95 64–96 ms with it and 27–34 ms without. (Making a small file whose dead space lies
 * between the two thresholds depends on how H2 lays out its chunks, so the setting itself is
 * checked.)
 *
 * <p>Pages are stored compressed, and the file stays readable by H2 opened without the setting (an
 * older Packdesk, H2's own console), as a curator going back a version would open it.
 */
class CatalogFileSettingsTest {

  @TempDir
  Path dir;

  @Test
  void theCatalogIsOpenedWithCompactionForMostlyDeadFilesOnly() {
    assertEquals(String.valueOf(CatalogLocation.AUTO_COMPACT_FILL_RATE), setting("AUTO_COMPACT_FILL_RATE"));
  }

  @Test
  void theCatalogStoresItsPagesCompressed() {
    assertEquals("TRUE", setting("COMPRESS"));
  }

  @Test
  void aCompressedCatalogReadsBackWithoutTheSetting() throws Exception {
    try (CatalogDatabase catalog = TestCatalogs.open(dir)) {
      TestCatalogs.fillSample(catalog.database());
    }
    assertTrue(Files.size(dir.resolve("catalog.mv.db")) > 0);
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

  /** A setting's value as H2 reports it for a newly opened catalog. */
  private String setting(String name) {
    try (CatalogDatabase catalog = TestCatalogs.open(dir)) {
      return catalog.database().sqlQuery("select setting_value from information_schema.settings"
          + " where setting_name = ?").setParameter(name).mapToScalar(String.class).findOne();
    }
  }
}
