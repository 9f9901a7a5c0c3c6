package org.packdesk.ui.browse;

import java.util.HashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumn.SortType;
import javafx.scene.control.TableView;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.paging.Direction;
import org.packdesk.catalog.paging.SortOrder;

/**
 * The controller of a browse section over a paged table ({@link PagedBrowseViewModel}): a click
 * on a column header sorts in the database, by the order that column names with
 * {@link #sortsBy}; columns without one do not sort. The row the curator chose stays chosen by
 * its id across searches and sorts, and is selected again wherever it now stands.
 *
 * @param <R> the row record
 * @param <S> the table's sort orders
 */
public abstract class PagedBrowseView<R, S extends SortOrder> extends BrowseView<R> {

  private final PagedBrowseViewModel<R, S> viewModel;
  private final Map<TableColumn<R, ?>, S> sorts = new HashMap<>();
  private boolean restoring;

  protected PagedBrowseView(AppContext context, PagedBrowseViewModel<R, S> viewModel) {
    super(context, viewModel);
    this.viewModel = viewModel;
  }

  /** A click on {@code column}'s header sorts the table by {@code sort}. */
  protected final void sortsBy(TableColumn<R, ?> column, S sort) {
    sorts.put(column, sort);
  }

  @Override
  protected void showRows(TableView<R> table) {
    PagedRows<R> rows = viewModel.pagedRows();
    table.setItems(rows);
    for (int i = 0; i < table.getColumns().size(); i++) {
      TableColumn<R, ?> column = table.getColumns().get(i);
      column.setSortable(sorts.containsKey(column));
      if (i > 0) {
        blankWhileLoading(column, rows); // the first column says "…" (the placeholder row's text)
      }
    }
    table.setSortPolicy(t -> {
      if (t.getSortOrder().isEmpty()) {
        return true; // rows set before the arrow is shown, or a header clicked out of the order (reversed below)
      }
      TableColumn<R, ?> first = t.getSortOrder().get(0);
      viewModel.sortBy(sorts.get(first),
          first.getSortType() == SortType.ASCENDING ? Direction.ASCENDING : Direction.DESCENDING);
      return true;
    });
    showSorting(table, viewModel.sortingProperty().get());
    table.getSortOrder().addListener((ListChangeListener<TableColumn<R, ?>>) change -> {
      if (table.getSortOrder().isEmpty()) {
        reverseInstead(table);
      }
    });
    table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
      if (!restoring && row != null) {
        viewModel.choose(row);
      }
    });
    // after the table has dealt with its new rows (it clears its selection when they all change)
    viewModel.searchesShownProperty().addListener((obs, old, count) ->
        Platform.runLater(() -> select(table, viewModel.chosenIndex())));
  }

  /**
   * A click on the header of a column sorted descending takes it out of the table's order (a
   * TableView's cycle is ascending, descending, unsorted): the rows are reversed instead, so every
   * click on a sorted header turns its rows over. Without it, the first click on a descending
   * default (most used first, newest first) only hid its arrow.
   */
  private void reverseInstead(TableView<R> table) {
    PagedBrowseViewModel.Sorting<S> now = viewModel.sortingProperty().get();
    if (!sorts.containsValue(now.sort())) {
      return; // no header shows this order: nothing to turn over
    }
    Direction reversed = now.direction().ascending() ? Direction.DESCENDING : Direction.ASCENDING;
    // after this sort pass: putting the column back sorts again, which reads the reversed rows
    Platform.runLater(() -> showSorting(table, new PagedBrowseViewModel.Sorting<>(now.sort(), reversed)));
  }

  /** Shows {@code sorting}'s arrow on its column header (the sort policy reads the rows again unless they are in that order). */
  private void showSorting(TableView<R> table, PagedBrowseViewModel.Sorting<S> sorting) {
    sorts.forEach((column, sort) -> {
      if (sort == sorting.sort()) {
        column.setSortType(sorting.direction().ascending() ? SortType.ASCENDING : SortType.DESCENDING);
        table.getSortOrder().setAll(java.util.List.of(column));
      }
    });
  }

  private void select(TableView<R> table, int index) {
    restoring = true;
    try {
      if (index < 0) {
        table.getSelectionModel().clearSelection();
        if (!viewModel.sameQueryAsBefore()) {
          table.scrollTo(0); // the rows of a new search or order start at the top
        }
      } else {
        table.getSelectionModel().clearAndSelect(index);
        table.scrollTo(Math.max(0, index - 3)); // the chosen row, wherever it now stands, a little below the top
      }
    } finally {
      restoring = false;
    }
  }

  @SuppressWarnings("unchecked")
  private static <R, T> void blankWhileLoading(TableColumn<R, T> column, PagedRows<R> rows) {
    var shown = column.getCellValueFactory();
    column.setCellValueFactory(cell -> rows.isPlaceholder(cell.getValue())
        ? new ReadOnlyObjectWrapper<>((T) null) : shown.call(cell));
  }
}
