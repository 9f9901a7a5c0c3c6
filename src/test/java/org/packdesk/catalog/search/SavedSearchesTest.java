package org.packdesk.catalog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.catalog.PackageSearch;
import org.packdesk.catalog.search.SavedSearches.Group;
import org.packdesk.db.CatalogDatabase;

/** Saved searches live in the catalog, by unique name, with the count of what they match now. */
class SavedSearchesTest {

  @TempDir
  Path dir;
  CatalogDatabase catalog;
  SearchIndex index;
  SavedSearches saved;

  @BeforeEach
  void open() {
    catalog = TestCatalogs.open(dir);
    TestCatalogs.fillSample(catalog.database());
    index = SearchIndex.open(catalog.database(), catalog.location().file());
    saved = new SavedSearches(catalog.database(), new CatalogSearch(index, new PackageSearch(catalog.database())));
  }

  @AfterEach
  void close() {
    index.close();
    catalog.close();
  }

  /** The whole catalog's facets, counted ahead on a thread of their own, are the ones the index then answers with. */
  @Test
  void theWholeCatalogsFacetsPreparedAheadAreKeptForTheFirstAsking() throws Exception {
    CatalogSearch search = new CatalogSearch(index, new PackageSearch(catalog.database()));
    FacetCounts prepared = search.prepareFacets(8, ForkJoinPool.commonPool()).get(30, TimeUnit.SECONDS);
    assertEquals(List.of(new FacetCounts.FacetValue("BSD-3-Clause", 2), new FacetCounts.FacetValue("Apache-2.0", 1)),
        prepared.of(SearchField.LICENSE));
    assertSame(prepared, search.facets("", 8), "kept, not counted again");
  }

  @Test
  void savedRenamedAndDeletedWithTheirCounts() throws Exception {
    long bsd = saved.save(" BSD ", "license:BSD-3-Clause");
    long kenneth = saved.save("Kenneth's", "maintainer:kenneth -yanked:true");
    assertEquals(List.of(new Group(bsd, "BSD", "license:BSD-3-Clause", 2),
        new Group(kenneth, "Kenneth's", "maintainer:kenneth -yanked:true", 1)), saved.groups());

    saved.rename(bsd, "Berkeley");
    saved.delete(kenneth);
    assertEquals(List.of(new Group(bsd, "Berkeley", "license:BSD-3-Clause", 2)), saved.groups());
  }

  @Test
  void namesAreUniqueRegardlessOfCaseAndQueriesMustParse() throws Exception {
    saved.save("BSD", "license:BSD-3-Clause");
    IllegalArgumentException taken = assertThrows(IllegalArgumentException.class, () -> saved.save("bsd", "flask"));
    assertEquals("A saved search named \u201cbsd\u201d exists already.", taken.getMessage());
    assertThrows(IllegalArgumentException.class, () -> saved.save("  ", "flask"));
    QuerySyntaxException malformed = assertThrows(QuerySyntaxException.class, () -> saved.save("Broken", "license:"));
    assertEquals(9, malformed.column());
    assertEquals(1, saved.groups().size());
  }
}
