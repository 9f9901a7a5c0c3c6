package org.packdesk.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebean.Database;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.packdesk.TestCatalogs;
import org.packdesk.catalog.AuditRow;
import org.packdesk.catalog.PackageRow;
import org.packdesk.model.Package;
import org.packdesk.ui.MainWindowFixture;
import org.testfx.framework.junit5.Start;

/** A curator undoes an edit from the keyboard, then finds both in the journal. */
class JournalViewTest extends MainWindowFixture {

  @Start
  void start(Stage stage) {
    openMainWindow(stage);
  }

  private String numpySummary() {
    return context.catalog().database().find(Package.class, "numpy").getSummary();
  }

  private String numpySummaryShown() {
    TableView<PackageRow> table = table("#packagesTable");
    return table.getItems().stream().filter(row -> row.id().equals("numpy")).map(PackageRow::summary)
        .findFirst().orElse(null);
  }

  @Test
  void theFiltersSitOnOneRowAndLeaveTheSearchFieldItsRoom() throws Exception {
    clickOn("#nav-journal");
    waitUntil(() -> lookup("#journalTo").tryQuery().isPresent());
    double row = sceneY("#journalAction");
    for (String filter : List.of("#journalCurator", "#journalFrom", "#journalTo")) {
      assertEquals(row, sceneY(filter), 1, filter + " is on the filters' row");
    }
    double search = lookup("#journalSearch").query().getBoundsInParent().getWidth();
    assertTrue(search >= 200, "the search field is " + search + " px wide");
  }

  private double sceneY(String query) {
    javafx.scene.Node node = lookup(query).query();
    return node.localToScene(node.getBoundsInLocal()).getMinY();
  }

  @Test
  void ctrlZUndoesTheLastEditAndTheJournalShowsBothNewestFirst() throws Exception {
    Database db = context.catalog().database();
    String original = numpySummary();
    context.journal().perform(TestCatalogs.summaryEdit(db, "numpy", "Arrays for Python"));
    interact(context::catalogChanged); // as the editor does after a save

    clickOn("#nav-packages");
    waitUntil(() -> "Arrays for Python".equals(numpySummaryShown()));
    Button undo = lookup("#undoButton").queryButton();
    Button redo = lookup("#redoButton").queryButton();
    waitUntil(() -> !undo.isDisabled());
    assertTrue(redo.isDisabled());
    assertTrue(undo.getTooltip().getText().startsWith("Undo: Edit numpy: Summary"), undo.getTooltip().getText());

    clickOn("#packagesTable");
    press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

    waitUntil(() -> original.equals(numpySummaryShown()));
    assertEquals(original, numpySummary());
    Label notice = lookup("#undoNotice").queryAs(Label.class);
    waitUntil(() -> notice.getText().startsWith("Undone: Edit numpy: Summary") && notice.getOpacity() > 0);
    waitUntil(() -> undo.isDisabled() && !redo.isDisabled());

    clickOn("#nav-journal");
    waitForRows("#journalTable", AuditRow::action, List.of("undo", "update", "create"));
    assertCellShown("#journalTable", "undo");
    String me = context.curatorName();
    waitForRows("#journalTable", AuditRow::curator, List.of(me, me, "tester"));

    ComboBox<String> actions = lookup("#journalAction").queryComboBox();
    waitUntil(() -> actions.getItems().contains("undo"));
    assertEquals("All actions", actions.getValue(), "still chosen after the choices loaded");
    clickOn("#journalAction");
    clickOn(lookup(".combo-box-popup .list-cell").match((ListCell<?> cell) -> "undo".equals(cell.getText()))
        .queryAs(ListCell.class));

    waitForRows("#journalTable", AuditRow::action, List.of("undo"));
    waitForStatus("#journalStatus", "1 entry, action \u201cundo\u201d");

    clickOn("#journalResetFilters");
    waitForRows("#journalTable", AuditRow::action, List.of("undo", "update", "create"));
  }

  @Test
  void redoFromTheButtonAndCtrlY() throws Exception {
    Database db = context.catalog().database();
    String original = numpySummary();
    context.journal().perform(TestCatalogs.summaryEdit(db, "numpy", "Arrays for Python"));
    Button undo = lookup("#undoButton").queryButton();
    waitUntil(() -> !undo.isDisabled());

    clickOn("#undoButton");
    waitUntil(() -> original.equals(numpySummary()) && !lookup("#redoButton").queryButton().isDisabled());
    clickOn("#redoButton");
    waitUntil(() -> "Arrays for Python".equals(numpySummary()) && !undo.isDisabled());

    clickOn("#undoButton");
    waitUntil(() -> original.equals(numpySummary()) && !lookup("#redoButton").queryButton().isDisabled());
    clickOn("#nav-dashboard");
    press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
    waitUntil(() -> "Arrays for Python".equals(numpySummary()));

    clickOn("#nav-journal");
    waitForRows("#journalTable", AuditRow::action, List.of("redo", "undo", "redo", "undo", "update", "create"));
  }

  @Test
  void ctrlZInATextFieldUndoesTheTypingNotTheCatalog() throws Exception {
    context.journal().perform(TestCatalogs.summaryEdit(context.catalog().database(), "numpy", "Arrays for Python"));
    Button undo = lookup("#undoButton").queryButton();
    waitUntil(() -> !undo.isDisabled());

    clickOn("#nav-packages");
    clickOn("#packagesSearch").write("abc");
    press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

    waitUntil(() -> lookup("#packagesSearch").queryTextInputControl().getText().isEmpty());
    waitUntil(() -> context.tasks().runningProperty().get() == 0);
    assertEquals("Arrays for Python", numpySummary());
    assertTrue(!undo.isDisabled(), "the edit can still be undone");
  }
}
