package org.packdesk.ui.languages;

import javafx.fxml.FXML;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.LanguagePager;
import org.packdesk.catalog.LanguageRow;
import org.packdesk.catalog.LanguageSort;
import org.packdesk.catalog.paging.Direction;
import org.packdesk.ui.browse.Columns;
import org.packdesk.ui.browse.PagedBrowseView;
import org.packdesk.ui.browse.PagedBrowseViewModel;
import org.packdesk.ui.browse.PagedBrowseViewModel.Sorting;

/**
 * The programming languages packages declare, most declared first (or by name), searched by name
 * and read a page at a time; the chosen language's packages show beside the table, where it is
 * renamed or merged into another.
 */
public final class LanguagesView extends PagedBrowseView<LanguageRow, LanguageSort> {

  /** What a row not read yet shows. */
  private static final LanguageRow LOADING = new LanguageRow("\u2026", 0, 0);

  private final PagedBrowseViewModel<LanguageRow, LanguageSort> viewModel;

  @FXML private TableColumn<LanguageRow, String> nameColumn;
  @FXML private TableColumn<LanguageRow, Number> packagesColumn;
  @FXML private TableColumn<LanguageRow, Number> shareColumn;
  @FXML private LanguageDetailView detailController;

  public LanguagesView(AppContext context) {
    this(context, new PagedBrowseViewModel<>("language", "languages", context.languagePager(), LanguageRow::name,
        LanguagePager::matching, new Sorting<>(LanguageSort.PACKAGES, Direction.DESCENDING), LOADING,
        inBackground(context)));
  }

  private LanguagesView(AppContext context, PagedBrowseViewModel<LanguageRow, LanguageSort> viewModel) {
    super(context, viewModel);
    this.viewModel = viewModel;
  }

  @Override
  protected void defineColumns() {
    Columns.text(nameColumn, LanguageRow::name);
    Columns.count(packagesColumn, LanguageRow::packages);
    Columns.share(shareColumn, LanguageRow::share);
    sortsBy(nameColumn, LanguageSort.NAME);
    sortsBy(packagesColumn, LanguageSort.PACKAGES);
  }

  @Override
  protected void tableReady(TableView<LanguageRow> table) {
    viewModel.chosenProperty().addListener((obs, old, name) -> detailController.show((String) name));
    // after a rename or a merge the language that remains is the one to show, wherever it now stands
    detailController.setOnRenamed(viewModel::chooseId);
  }
}
