package org.packdesk.ui.browse;

import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;

/**
 * Which row of a browse table the curator chose, by key, across reloads. A reload replaces every
 * row (and the table's selection with them); the row with the chosen key is selected again, so a
 * detail pane keeps showing what the curator picked rather than flickering or jumping to
 * whatever row took its place.
 *
 * @param <R> the row type
 * @param <K> the row's key (a user's id, a license's name)
 */
public final class RowSelection<R, K> {

  private final TableView<R> table;
  private final Function<R, K> key;
  private final ReadOnlyObjectWrapper<K> selectedKey = new ReadOnlyObjectWrapper<>(this, "selectedKey");
  private boolean restoring;
  private boolean scrollOnRestore;

  public RowSelection(TableView<R> table, Function<R, K> key) {
    this.table = table;
    this.key = key;
    table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
      // A selection change whose old row is gone came from a reload, not from the curator.
      if (!restoring && (old == null || isShown(old))) {
        selectedKey.set(now == null ? null : key.apply(now));
      }
    });
    table.getItems().addListener((ListChangeListener<R>) change -> restore());
  }

  /** The key of the chosen row; it stays while a reload runs, and when a search hides the row. */
  public ReadOnlyObjectProperty<K> selectedKeyProperty() {
    return selectedKey.getReadOnlyProperty();
  }

  /** Chooses the row with {@code wanted} now, or as soon as a reload brings it (a row just added). */
  public void select(K wanted) {
    selectedKey.set(wanted);
    scrollOnRestore = true;
    restore();
  }

  private boolean isShown(R row) {
    return table.getItems().stream().anyMatch(r -> r == row);
  }

  private void restore() {
    K wanted = selectedKey.get();
    if (wanted == null) {
      return;
    }
    restoring = true;
    try {
      R row = table.getItems().stream().filter(r -> Objects.equals(key.apply(r), wanted)).findFirst().orElse(null);
      if (row == null) {
        table.getSelectionModel().clearSelection();
        return;
      }
      table.getSelectionModel().select(row);
      if (scrollOnRestore) {
        table.scrollTo(row);
        scrollOnRestore = false;
      }
    } finally {
      restoring = false;
    }
  }
}
