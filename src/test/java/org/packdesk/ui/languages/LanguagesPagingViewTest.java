package org.packdesk.ui.languages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ebean.Database;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.packdesk.TestCatalogs;
import org.packdesk.catalog.LanguageRow;
import org.packdesk.catalog.UsageFixture;
import org.packdesk.ui.EditingFixture;
import org.testfx.framework.junit5.Start;

/** More languages than a page: sorted by a column header, searched, one chosen, merged and the merge undone. */
class LanguagesPagingViewTest extends EditingFixture {

  /** Each language's packages, counted from the rows when the catalog was filled. */
  private final Map<String, Long> counted = new TreeMap<>();

  @Start
  void start(Stage stage) {
    openMainWindow(stage);
  }

  /** The sample, and G000 ... G119, each package of the fixture declaring two of them. */
  @Override
  protected void fillCatalog(Database database) {
    TestCatalogs.fillSample(database);
    UsageFixture.fill(database, 250, 120);
    database.sqlQuery("select l.id, count(pl.package_id) as n from languages l"
        + " left join package_languages pl on pl.language_id = l.id group by l.id")
        .findList().forEach(row -> counted.put(row.getString("id"), row.getLong("n")));
  }

  /** The first names in the order of the packages column, ties by name in the same direction. */
  private List<String> firstByPackages(boolean ascending, int count) {
    Comparator<String> order = Comparator.<String, Long>comparing(counted::get).thenComparing(Comparator.naturalOrder());
    return counted.keySet().stream().sorted(ascending ? order : order.reversed()).limit(count).toList();
  }

  private List<String> firstShown(TableView<LanguageRow> table, int count) {
    return table.getItems().stream().limit(count).map(LanguageRow::name).toList();
  }

  private static String declaredBy(long count) {
    return count == 1 ? "Declared by 1 package" : "Declared by " + count + " packages";
  }

  @Test
  void sortingSearchingChoosingAndMergingALanguage() throws TimeoutException {
    clickOn("#nav-languages");
    waitForStatus("#languagesStatus", "122 languages");
    TableView<LanguageRow> table = table("#languagesTable");
    waitUntil(() -> firstShown(table, 10).equals(firstByPackages(false, 10)));

    clickHeader("#languagesTable", "Language");
    waitUntil(() -> "G000".equals(table.getItems().get(0).name()));
    interact(() -> table.scrollTo(110)); // on the second page
    assertCellShown("#languagesTable", "G110");
    clickHeader("#languagesTable", "Packages");
    waitUntil(() -> firstShown(table, 10).equals(firstByPackages(true, 10)));
    assertEquals(counted.get(firstByPackages(true, 1).get(0)), table.getItems().get(0).packages());

    clickOn("#languagesSearch").write("g11");
    waitForStatus("#languagesStatus", "10 languages matching \u201cg11\u201d");
    clickCell("#languagesTable", "G115");
    waitForText("#languageDetailName", "G115");
    waitForText("#languageDetailCount", declaredBy(counted.get("G115")));

    clickOn("#mergeLanguageButton");
    clickOn("#mergeTargetSearch").write("g116");
    clickListEntry("#mergeTargetList", "G116");
    clickOn("#formSubmit");
    waitForStatus("#languagesStatus", "9 languages matching \u201cg11\u201d");
    waitForText("#languageDetailName", "G116");
    long merged = table.getItems().stream().filter(row -> row.name().equals("G116")).findFirst().orElseThrow()
        .packages();
    assertEquals(counted.get("G116") + counted.get("G115"), merged, "their packages have nothing in common");
    waitUntil(() -> "G116".equals(table.getSelectionModel().getSelectedItem().name()));

    clickOn("#undoButton");
    waitForStatus("#languagesStatus", "10 languages matching \u201cg11\u201d");
    waitUntil(() -> table.getItems().stream().anyMatch(row -> row.name().equals("G115")
        && row.packages() == counted.get("G115")));
    waitUntil(() -> table.getItems().stream().anyMatch(row -> row.name().equals("G116")
        && row.packages() == counted.get("G116")));
  }
}
