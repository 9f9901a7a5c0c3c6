package org.packdesk.ui.browse;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.TableView;
import javafx.util.Duration;
import org.packdesk.app.AppContext;

/**
 * The controller every browse section extends: it connects the section's {@link BrowsePane}
 * (the FXML root, {@code fx:id="browse"}) to a {@link BrowseViewModel}. Typing searches after a
 * short pause, in the background; the catalog changing searches again. A section only says what
 * its rows are called, how to find them, and what its columns show.
 *
 * @param <R> the row record of the section
 */
public abstract class BrowseView<R> {

  /** Typing pauses this long before a search starts, so a search runs per word, not per key. */
  public static final Duration TYPING_PAUSE = Duration.millis(150);

  private final AppContext context;
  private final BrowseViewModel<R> viewModel;
  /** One pause for every text of the section (the search box, a text filter): a search per word. */
  private final PauseTransition typingPause = new PauseTransition(TYPING_PAUSE);

  @FXML private BrowsePane<R> browse;

  /** For a section over its own view model (a paged one, or one with filters: see {@link #connectTools()}). */
  protected BrowseView(AppContext context, BrowseViewModel<R> viewModel) {
    this.context = context;
    this.viewModel = viewModel;
  }

  /** Sets the cell value (and cell) factories of the columns the FXML declared. */
  protected abstract void defineColumns();

  /** Searches again once typing in {@code text} pauses (the search box, or a text filter of the tools). */
  protected final void searchesAfterTyping(ObservableValue<String> text) {
    typingPause.setOnFinished(e -> viewModel.refresh());
    text.addListener((obs, old, now) -> typingPause.playFromStart());
  }

  /**
   * The filters of the tools row: {@code reset} shows while {@code filtered}, and the choices the
   * filters offer are read now and again whenever the catalog changes.
   */
  protected final void followsFilters(Button reset, ObservableBooleanValue filtered, Runnable loadChoices) {
    reset.visibleProperty().bind(filtered);
    reset.managedProperty().bind(reset.visibleProperty());
    context.catalogRevisionProperty().addListener((obs, old, now) -> loadChoices.run());
    loadChoices.run();
  }

  /** Connects the controls the FXML put in the pane's tools to the view model; none by default. */
  protected void connectTools() {
  }

  @FXML
  private void initialize() {
    defineColumns();
    connectTools();
    TableView<R> table = browse.getTable();
    showRows(table);

    browse.searchTextProperty().bindBidirectional(viewModel.searchTextProperty());
    searchesAfterTyping(browse.searchTextProperty());
    browse.statusTextProperty().bind(viewModel.statusProperty());
    browse.placeholderTextProperty().bind(viewModel.placeholderProperty());
    browse.busyProperty().bind(viewModel.searchingProperty());
    context.catalogRevisionProperty().addListener((obs, old, now) -> viewModel.refresh());
    viewModel.refresh();
    tableReady(table);
  }

  /** Puts the view model's rows in the table; here sorted in memory by the column headers. */
  protected void showRows(TableView<R> table) {
    SortedList<R> sorted = new SortedList<>(viewModel.rows());
    sorted.comparatorProperty().bind(table.comparatorProperty());
    table.setItems(sorted);
  }

  /** Called once the table shows the section's rows, for sections that act on them (select, open...). */
  protected void tableReady(TableView<R> table) {
  }

  /** Puts the caret in the search field (Ctrl+F). */
  public void focusSearch() {
    browse.focusSearch();
  }

  /** Searches as background tasks; a failure is also shown to the curator, and logged. */
  public static BrowseViewModel.Background inBackground(AppContext context) {
    return new BrowseViewModel.Background() {
      @Override
      public <T> void run(Callable<T> work, Consumer<T> onResult, Consumer<Throwable> onError) {
        context.tasks().run(work, onResult, error -> {
          onError.accept(error);
          context.dialogs().showError(error);
        });
      }
    };
  }
}
