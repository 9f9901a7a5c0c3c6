package org.packdesk.catalog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ebean.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.catalog.PackageEditing;
import org.packdesk.catalog.PackageSearch;
import org.packdesk.catalog.edit.ChangeJournal;
import org.packdesk.catalog.edit.DeletePackage;
import org.packdesk.catalog.edit.MergeLanguages;
import org.packdesk.catalog.edit.SaveUser;
import org.packdesk.catalog.edit.YankRelease;
import org.packdesk.catalog.search.FacetCounts.FacetValue;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.importer.DownloadLogImporter;
import org.packdesk.importer.ImportProgress;
import org.packdesk.importer.PypiImporter;
import org.packdesk.importer.PypiJsonSamples;
import org.packdesk.model.User;
import org.packdesk.model.query.QRelease;
import org.packdesk.model.query.QUser;

/** Whatever changes the catalog (edits, undo, deletions, merges, imports), the next search sees it. */
class SearchIndexSyncTest {

  @TempDir
  Path dir;
  CatalogDatabase catalog;
  Database db;
  SearchIndex index;
  CatalogSearch search;
  ChangeJournal journal;

  @BeforeEach
  void open() throws Exception {
    catalog = TestCatalogs.open(dir);
    db = catalog.database();
    TestCatalogs.fillSample(db);
    index = SearchIndex.open(db, catalog.location().file());
    search = new CatalogSearch(index, new PackageSearch(db));
    journal = new ChangeJournal(db, () -> "ann");
    assertEquals(List.of("flask", "numpy", "requests"), ids(""));
  }

  @AfterEach
  void close() {
    index.close();
    catalog.close();
  }

  private List<String> ids(String query) throws QuerySyntaxException {
    return search.find(query, 100).rows().stream().map(r -> r.id()).toList();
  }

  @Test
  void theSampleAnswersFieldQueries() throws Exception {
    assertEquals(List.of("numpy"), ids("license:BSD-3-Clause -maintainer:kenneth"));
    assertEquals(List.of("numpy"), ids("license:BSD-3-Clause -maintainer:kenneth released:>2018-06-01"));
  }

  @Test
  void summaryEditsAndTheirUndoAreFoundAtOnce() throws Exception {
    journal.perform(TestCatalogs.summaryEdit(db, "numpy", "Arrays and tensors"));
    assertEquals(List.of("numpy"), ids("tensors"));
    journal.undo();
    assertEquals(List.of(), ids("tensors"));
    assertEquals(List.of("numpy"), ids("\"array processing\""));
  }

  @Test
  void deletedPackagesLeaveTheResults() throws Exception {
    journal.perform(new DeletePackage("flask", new PackageEditing(db).deletionImpact("flask")));
    assertEquals(List.of("numpy", "requests"), ids(""));
    assertEquals(List.of(), ids("maintainer:ronacher"));
  }

  @Test
  void theWholeCatalogsFacetsNoLongerCountADeletedPackage() throws Exception {
    // an empty search counts straight from the index's doc values; a deleted document must not count
    assertEquals(List.of(new FacetValue("BSD-3-Clause", 2), new FacetValue("Apache-2.0", 1)),
        search.facets("", 10).of(SearchField.LICENSE));
    journal.perform(new DeletePackage("flask", new PackageEditing(db).deletionImpact("flask")));
    assertEquals(List.of(new FacetValue("Apache-2.0", 1), new FacetValue("BSD-3-Clause", 1)),
        search.facets("", 10).of(SearchField.LICENSE));
    assertEquals(List.of(new FacetValue("me@kennethreitz.com", 1)),
        search.facets("", 10).of(SearchField.MAINTAINER));
  }

  @Test
  void yankingAReleaseChangesYankedTrue() throws Exception {
    assertEquals(List.of("requests"), ids("yanked:true"));
    long flaskRelease = new QRelease(db).pkg.id.eq("flask").findOne().getId();
    journal.perform(new YankRelease(flaskRelease, "flask 1.0.2", true, "broken"));
    assertEquals(List.of("flask", "requests"), ids("yanked:true"));
  }

  @Test
  void renamingAUserReindexesTheirPackages() throws Exception {
    User armin = new QUser(db).emailKey.eq("armin.ronacher@active-4.com").findOne();
    journal.perform(new SaveUser(armin.getId(), "Armin the Second", armin.getEmail()));
    assertEquals(List.of("flask"), ids("maintainer:second"));
    assertEquals(List.of(), ids("maintainer:ronacher"));
  }

  @Test
  void mergingLanguagesMovesTheirPackagesAndUndoMovesThemBack() throws Exception {
    assertEquals(List.of("numpy", "requests"), ids("language:\"Python :: 3.6\""));
    journal.perform(new MergeLanguages("Python :: 3.6", "Python :: 3"));
    assertEquals(List.of(), ids("language:\"Python :: 3.6\""));
    assertEquals(List.of("flask", "numpy", "requests"), ids("language:\"Python :: 3\""));
    journal.undo();
    assertEquals(List.of("numpy", "requests"), ids("language:\"Python :: 3.6\""));
  }

  @Test
  void importedPackagesAreFound() throws Exception {
    Path file = PypiJsonSamples.write(dir, "demo.json", PypiJsonSamples.DEMO);
    new PypiImporter(db, "tester").importFiles(List.of(file), ImportProgress.NONE, () -> false);
    assertEquals(List.of("demo-pkg"), ids("demonstration"));
    assertEquals(List.of("demo-pkg"), ids("maintainer:grace"));
  }

  @Test
  void importedDownloadsCountTowardsDownloads() throws Exception {
    assertEquals(List.of("requests"), ids("downloads:>=2"), "the sample's three stored downloads");
    Path log = Files.writeString(dir.resolve("access.log"), String.join("\n",
        "203.0.113.9 - - [10/Oct/2018:13:55:36 +0000] \"GET /packages/ab/cd/flask-1.0.2.tar.gz HTTP/1.1\" 200 9000 \"-\" \"curl/7.58.0\"",
        "203.0.113.9 - - [11/Oct/2018:13:55:36 +0000] \"GET /packages/ab/cd/flask-1.0.2.tar.gz HTTP/1.1\" 200 9000 \"-\" \"curl/7.58.0\"",
        ""));
    new DownloadLogImporter(db, "tester", false).importFiles(List.of(log), ImportProgress.NONE, () -> false);
    assertEquals(List.of("flask", "requests"), ids("downloads:>=2"));
  }

  @Test
  void aRebuildAfterAChangeBehindTheIndexsBackMatchesTheCatalog() throws Exception {
    db.sqlUpdate("update packages set summary = 'quietly changed' where id = 'numpy'").execute();
    assertEquals(List.of(), ids("quietly"));
    index.rebuild();
    assertEquals(List.of("numpy"), ids("quietly"));
  }

  /** Written a package a segment, the index is still one segment after a rebuild: its facets need no value mapping. */
  @Test
  void aRebuildLeavesOneSegment() throws Exception {
    index.close();
    index = SearchIndex.open(db, catalog.location().file(),
        new org.apache.lucene.index.IndexWriterConfig().setMaxBufferedDocs(2));
    search = new CatalogSearch(index, new PackageSearch(db));
    assertEquals(3, index.rebuild());
    assertEquals(1, index.segments());
    assertEquals(List.of("flask", "numpy", "requests"), ids(""));
  }

  @Test
  void anIndexOfTheWrongSizeIsRebuiltWhenReopened() throws Exception {
    index.close();
    db.sqlUpdate("delete from package_languages where package_id = 'numpy'").execute();
    db.sqlUpdate("delete from packages where id = 'numpy'").execute();
    index = SearchIndex.open(db, catalog.location().file());
    search = new CatalogSearch(index, new PackageSearch(db));
    assertEquals(List.of("flask", "requests"), ids(""));
  }

  /** A generated or hugely imported catalog leaves more backlog rows than H2 takes in one array (65,536). */
  @Test
  void aBacklogOfHundredsOfThousandsOfRowsIsWorkedOffByARebuildAndByCatchingUp() throws Exception {
    String backlog = "insert into search_backlog (package_id) select 'numpy' from system_range(1, 100000)";
    db.sqlUpdate(backlog).execute();
    db.sqlUpdate("update packages set summary = 'changed in bulk' where id = 'numpy'").execute();
    index.rebuild();
    assertEquals(List.of("numpy"), ids("bulk"));
    assertEquals(0, db.sqlQuery("select count(*) from search_backlog").mapToScalar(Long.class).findOne());

    db.sqlUpdate(backlog).execute();
    db.sqlUpdate("update packages set summary = 'changed again' where id = 'numpy'").execute();
    assertEquals(List.of("numpy"), ids("again"), "caught up from the backlog before answering");
    assertEquals(0, db.sqlQuery("select count(*) from search_backlog").mapToScalar(Long.class).findOne());
  }
}
