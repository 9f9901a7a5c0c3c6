package org.packdesk.ui.browse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import org.packdesk.ui.common.ReadAhead;
import org.packdesk.catalog.paging.Direction;
import org.packdesk.catalog.paging.PagedQuery;
import org.packdesk.catalog.paging.PagedSource;
import org.packdesk.catalog.paging.Pager;
import org.packdesk.catalog.paging.SortOrder;
import org.packdesk.catalog.paging.SqlCriteria;

/**
 * A browse section over a table too big to load: its rows are {@link PagedRows}, read a page at
 * a time in the sort order the curator chose (sorted by the database, through an index), so a
 * table of any size opens as fast as its first page and memory stays flat. A search counts the
 * matches and reads the first page in the background; the other pages follow as they are shown.
 *
 * @param <R> the row record
 * @param <S> the table's sort orders
 */
public class PagedBrowseViewModel<R, S extends SortOrder> extends BrowseViewModel<R> {

  /** Rows per page read; a screen shows about forty. */
  public static final int PAGE_SIZE = 100;
  /** Pages kept in memory: a few screens around where the curator is, and a bit of history. */
  public static final int CACHED_PAGES = 30;

  /** A sort order and its direction. */
  public record Sorting<S>(S sort, Direction direction) {
  }

  private final Pager<R, S> pager;
  private final Function<R, Object> idOf;
  private final Function<String, SqlCriteria> criteria;
  private final Sorting<S> defaultSorting;
  private final PagedRows<R> rows;
  private final ReadOnlyObjectWrapper<Sorting<S>> sorting;
  private final ReadOnlyObjectWrapper<Object> chosen = new ReadOnlyObjectWrapper<>(this, "chosen");
  private final ReadOnlyIntegerWrapper searchesShown = new ReadOnlyIntegerWrapper(this, "searchesShown");
  private int chosenIndex = -1;
  private PagedSource<R> shown;
  private Object shownQuery;
  private boolean sameQuery;

  /**
   * @param criteria the "where" of the search box's text
   * @param placeholder the row shown while its page is read ("…" in its first column)
   */
  public PagedBrowseViewModel(String singular, String plural, Pager<R, S> pager, Function<R, Object> idOf,
      Function<String, SqlCriteria> criteria, Sorting<S> defaultSorting, R placeholder, Background background) {
    // the list search of the base class is not used: refresh() reads pages instead
    super(singular, plural, Integer.MAX_VALUE, (text, limit) -> List.of(), background);
    this.pager = pager;
    this.idOf = idOf;
    this.criteria = criteria;
    this.defaultSorting = defaultSorting;
    this.rows = new PagedRows<>(placeholder, background, CACHED_PAGES);
    this.sorting = new ReadOnlyObjectWrapper<>(this, "sorting", defaultSorting);
  }

  @Override
  public ObservableList<R> rows() {
    return rows;
  }

  public PagedRows<R> pagedRows() {
    return rows;
  }

  /** The order the rows are in now. */
  public ReadOnlyObjectProperty<Sorting<S>> sortingProperty() {
    return sorting.getReadOnlyProperty();
  }

  /**
   * The id of the row the curator chose. It is kept by id, not by position: after a search, a
   * sort or a change to the catalog the row is found again wherever it now stands
   * ({@link #chosenIndexProperty()}); when it no longer matches, the choice is cleared.
   */
  public ReadOnlyObjectProperty<Object> chosenProperty() {
    return chosen.getReadOnlyProperty();
  }

  /** Where the chosen row stands after the last search, for the table to select it; -1 for nowhere. */
  public int chosenIndex() {
    return chosenIndex;
  }

  /** Whether the last search asked what the one before asked (the catalog changed): the table stays where it was. */
  public boolean sameQueryAsBefore() {
    return sameQuery;
  }

  /** Counts the searches whose rows are shown: the table goes to the chosen row, or to the top, at each. */
  public ReadOnlyIntegerProperty searchesShownProperty() {
    return searchesShown.getReadOnlyProperty();
  }

  /** The curator chose {@code row} (a placeholder, not read yet, chooses nothing new). */
  public void choose(R row) {
    if (row != null && !rows.isPlaceholder(row)) {
      chosen.set(idOf.apply(row));
    }
  }

  /** Chooses the row with {@code id} and searches again, which finds where it stands (an id from elsewhere). */
  public void chooseId(Object id) {
    chosen.set(id);
    refresh();
  }

  /** Sorts by {@code sort} ({@code null}: the section's default order) and reads the rows again. */
  public void sortBy(S sort, Direction direction) {
    Sorting<S> wanted = sort == null ? defaultSorting : new Sorting<>(sort, direction);
    if (!Objects.equals(wanted, sorting.get())) {
      sorting.set(wanted);
      refresh();
    }
  }

  /** The search box's text as criteria, with whatever else the section narrows by (read on the FX thread). */
  protected SqlCriteria criteria(String text) {
    return criteria.apply(text);
  }

  /**
   * Where a search's rows come from: the pager, narrowed by {@link #criteria(String)}, in the
   * chosen order. A section with another engine for some searches returns its own source.
   * Called on the FX thread: it must not read anything yet.
   */
  protected PagedSource<R> source(String text, Sorting<S> order) {
    return new PagedQuery<>(pager, criteria(text), order.sort(), order.direction(), PAGE_SIZE);
  }

  /**
   * What a search reads at once: the count, where the chosen row now stands, and the pages shown
   * first: the first one, and the chosen row's, so the table selects the row itself rather than a
   * placeholder (a TableView clears the selection of a row its list replaces, as a page arriving does).
   */
  private record FirstPages<R>(long count, boolean firstOfMore, Map<Integer, List<R>> pages, long chosenAt) {

    static <R> FirstPages<R> read(PagedSource<R> query, Object wanted) {
      long count = query.count();
      long chosenAt = wanted == null ? -1 : query.position(wanted);
      Map<Integer, List<R>> pages = new HashMap<>();
      pages.put(0, query.page(0));
      if (chosenAt >= 0) {
        pages.computeIfAbsent((int) (chosenAt / PAGE_SIZE), query::page);
      }
      return new FirstPages<>(count, query.firstOfMore(), pages, chosenAt);
    }
  }

  /** The rows of {@code query} are shown: the anchors of jumps into them are read ahead, those of the rows before not. */
  private void showing(PagedSource<R> query) {
    if (shown != null && shown != query) {
      shown.abandon();
    }
    shown = query;
    // a table showing other rows abandons the query read ahead before
    ReadAhead.run("the anchors of a table's order", query::prepareJumps);
  }

  @Override
  public void refresh() {
    long mine = startSearch();
    String text = currentText();
    String filters = filtersInWords();
    Sorting<S> order = sorting.get();
    PagedSource<R> query = source(text, order);
    Object asked = List.of(criteria(text), text, filters, order);
    Object wanted = chosen.get();
    // typing starts a search per pause: one still queued when a newer one starts does no work
    Callable<FirstPages<R>> first = () -> !isCurrent(mine) ? null : FirstPages.read(query, wanted);
    background().run(first, found -> {
      if (isCurrent(mine)) {
        rows.reset(found.count(), PAGE_SIZE, query::page, found.pages());
        showing(query);
        showFound(text, filters, found.count(), found.firstOfMore());
        if (found.chosenAt() < 0 && Objects.equals(wanted, chosen.get())) {
          chosen.set(null); // gone from the rows: nothing is chosen any more
        }
        chosenIndex = chosen.get() == null ? -1 : (int) found.chosenAt();
        sameQuery = asked.equals(shownQuery);
        shownQuery = asked;
        searchesShown.set(searchesShown.get() + 1);
      }
    }, error -> {
      if (isCurrent(mine)) {
        rows.reset(0, PAGE_SIZE, query::page, List.of());
        showFailure();
      }
    });
  }
}
