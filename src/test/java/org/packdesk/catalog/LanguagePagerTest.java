package org.packdesk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.catalog.paging.Direction;
import org.packdesk.catalog.paging.SqlCriteria;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.model.ProgrammingLanguage;

/** The languages table's pages: most declared first by the stored counts, found by name, every language once. */
class LanguagePagerTest {

  private static final String COUNTED = "select l.id, count(distinct pl.package_id) as n from languages l"
      + " left join package_languages pl on pl.language_id = l.id group by l.id";

  @TempDir
  Path dir;
  CatalogDatabase catalog;
  LanguagePager languages;

  @BeforeEach
  void open() {
    catalog = TestCatalogs.open(dir);
    TestCatalogs.fillSample(catalog.database());
    languages = new LanguagePager(catalog.database());
  }

  @AfterEach
  void close() {
    catalog.close();
  }

  private List<LanguageRow> search(String text) {
    return languages.page(LanguagePager.matching(text), LanguageSort.PACKAGES, Direction.DESCENDING, null, 100).rows();
  }

  @Test
  void countsPackagesPerLanguageMostDeclaredFirst() {
    catalog.database().save(new ProgrammingLanguage("C"));
    assertEquals(List.of(
        new LanguageRow("Python :: 3.6", 2, 3),
        new LanguageRow("Python :: 3", 2, 3),
        new LanguageRow("C", 0, 3)), search(""), "ties by name, in the same direction");
    assertEquals(List.of("C", "Python :: 3", "Python :: 3.6"), languages.page(SqlCriteria.NONE, LanguageSort.NAME,
        Direction.ASCENDING, null, 100).rows().stream().map(LanguageRow::name).toList());
  }

  @Test
  void findsLanguagesByName() {
    assertEquals(List.of("Python :: 3.6"), search("3.6").stream().map(LanguageRow::name).toList());
    assertEquals(2, search("PYTHON").size());
    assertEquals(List.of(), search("rust"));
    assertEquals(1, languages.count(LanguagePager.matching("python 3.6")));
  }

  @Test
  void everyLanguageExactlyOnceInEveryOrderDirectionAndPageSize() {
    UsageFixture.fill(catalog.database(), 40, 30);
    UsageFixture.assertEveryRowOnce(languages, SqlCriteria.NONE, LanguageSort.values(), LanguageSort.PACKAGES,
        UsageFixture.counted(catalog.database(), COUNTED), LanguageRow::name);
  }

  @Test
  void aSearchIsCriteriaEveryPageKeeps() {
    UsageFixture.fill(catalog.database(), 40, 30);
    SqlCriteria criteria = LanguagePager.matching("g");
    UsageFixture.assertEveryRowOnce(languages, criteria, LanguageSort.values(), LanguageSort.PACKAGES,
        UsageFixture.counted(catalog.database(), COUNTED + " having l.id like 'G%'"), LanguageRow::name);
    assertEquals(30, languages.count(criteria));
  }
}
