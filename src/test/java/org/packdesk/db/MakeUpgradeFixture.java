package org.packdesk.db;

import java.nio.file.Files;
import java.nio.file.Path;
import org.packdesk.TestCatalogs;

/**
 * Writes {@code src/test/resources/fixtures/catalog-1.0.mv.db}: the sample catalog as the first
 * migration (1.0) made it. It was generated once and is kept as it is, so that every later schema
 * change is tested against a real old file; never regenerate it after 1.0.
 */
public final class MakeUpgradeFixture {

  private MakeUpgradeFixture() {
  }

  public static void main(String[] args) throws Exception {
    Path target = Path.of("src/test/resources/fixtures/catalog-1.0");
    Files.createDirectories(target.getParent());
    Files.deleteIfExists(Path.of(target + CatalogLocation.H2_SUFFIX));
    try (CatalogDatabase catalog = CatalogDatabase.open(CatalogLocation.ofFile(target))) {
      TestCatalogs.fillSample(catalog.database());
      catalog.database().sqlUpdate("checkpoint sync").execute();
    }
    System.out.println("Wrote " + target + CatalogLocation.H2_SUFFIX);
  }
}
