package org.packdesk.ui.licenses;

import javafx.fxml.FXML;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.LicensePager;
import org.packdesk.catalog.LicenseRow;
import org.packdesk.catalog.LicenseSort;
import org.packdesk.catalog.paging.Direction;
import org.packdesk.ui.browse.Columns;
import org.packdesk.ui.browse.PagedBrowseView;
import org.packdesk.ui.browse.PagedBrowseViewModel;
import org.packdesk.ui.browse.PagedBrowseViewModel.Sorting;

/**
 * The licenses packages declare, most used first (or by id), searched by id or description and
 * read a page at a time; the chosen license's whole text and packages show beside the table,
 * where its description is edited.
 */
public final class LicensesView extends PagedBrowseView<LicenseRow, LicenseSort> {

  /** What a row not read yet shows. */
  private static final LicenseRow LOADING = new LicenseRow("\u2026", null, 0, 0);

  private final PagedBrowseViewModel<LicenseRow, LicenseSort> viewModel;

  @FXML private TableColumn<LicenseRow, String> idColumn;
  @FXML private TableColumn<LicenseRow, String> descriptionColumn;
  @FXML private TableColumn<LicenseRow, Number> packagesColumn;
  @FXML private TableColumn<LicenseRow, Number> shareColumn;
  @FXML private LicenseDetailView detailController;

  public LicensesView(AppContext context) {
    this(context, new PagedBrowseViewModel<>("license", "licenses", context.licensePager(), LicenseRow::id,
        LicensePager::matching, new Sorting<>(LicenseSort.PACKAGES, Direction.DESCENDING), LOADING,
        inBackground(context)));
  }

  private LicensesView(AppContext context, PagedBrowseViewModel<LicenseRow, LicenseSort> viewModel) {
    super(context, viewModel);
    this.viewModel = viewModel;
  }

  @Override
  protected void defineColumns() {
    Columns.text(idColumn, LicenseRow::id);
    Columns.longText(descriptionColumn, LicenseRow::summary);
    Columns.count(packagesColumn, LicenseRow::packages);
    Columns.share(shareColumn, LicenseRow::share);
    sortsBy(idColumn, LicenseSort.ID);
    sortsBy(packagesColumn, LicenseSort.PACKAGES);
  }

  @Override
  protected void tableReady(TableView<LicenseRow> table) {
    viewModel.chosenProperty().addListener((obs, old, id) -> detailController.show((String) id));
  }
}
