package org.packdesk.ui.browse;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;

/**
 * Keeps a table's chosen row chosen, by its key, when the rows are reloaded (a search again after
 * an edit replaces them all, and the table forgets its selection), and tells only of real
 * changes: another row chosen, or the chosen row gone from the rows.
 *
 * @param <R> the row record
 * @param <K> its key
 */
public final class SelectionKeeper<R, K> {

  private final TableView<R> table;
  private final Function<R, K> key;
  private final Consumer<K> onChosen;
  private K chosen;

  private SelectionKeeper(TableView<R> table, Function<R, K> key, Consumer<K> onChosen) {
    this.table = table;
    this.key = key;
    this.onChosen = onChosen;
  }

  /** @param onChosen gets the key of the row chosen, or null when none is any more */
  public static <R, K> void keep(TableView<R> table, Function<R, K> key, Consumer<K> onChosen) {
    SelectionKeeper<R, K> keeper = new SelectionKeeper<>(table, key, onChosen);
    table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
      if (row == null) {
        // maybe rows being replaced: decide once the table has settled
        Platform.runLater(keeper::reconcile);
      } else {
        keeper.choose(key.apply(row));
      }
    });
    ListChangeListener<R> rowsChanged = change -> keeper.reconcile();
    table.getItems().addListener(rowsChanged);
    table.itemsProperty().addListener((obs, old, rows) -> {
      if (old != null) {
        old.removeListener(rowsChanged);
      }
      rows.addListener(rowsChanged);
    });
  }

  private void choose(K now) {
    if (!Objects.equals(now, chosen)) {
      chosen = now;
      onChosen.accept(now);
    }
  }

  private void reconcile() {
    if (chosen == null || table.getSelectionModel().getSelectedItem() != null) {
      return;
    }
    table.getItems().stream().filter(row -> chosen.equals(key.apply(row))).findFirst().ifPresentOrElse(
        row -> table.getSelectionModel().select(row), () -> choose(null));
  }
}
