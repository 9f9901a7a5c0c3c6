package org.packdesk.ui.releases;

import java.time.Instant;
import javafx.fxml.FXML;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.ReleasePager;
import org.packdesk.catalog.ReleaseRow;
import org.packdesk.catalog.ReleaseSort;
import org.packdesk.catalog.paging.Direction;
import org.packdesk.ui.browse.Columns;
import org.packdesk.ui.browse.PagedBrowseView;
import org.packdesk.ui.browse.PagedBrowseViewModel;
import org.packdesk.ui.browse.PagedBrowseViewModel.Sorting;

/**
 * Every release of the catalog, newest first, searched by package name and version, with its files
 * and downloads; paged and sorted by the database (millions of rows). The chosen release's facts
 * and files show, and it is yanked, beside the table.
 */
public final class ReleasesView extends PagedBrowseView<ReleaseRow, ReleaseSort> {

  /** What a row not read yet shows. */
  private static final ReleaseRow LOADING = new ReleaseRow(-1, null, "\u2026", null, null, null, 0, false, null, 0);

  @FXML private TableColumn<ReleaseRow, String> packageColumn;
  @FXML private TableColumn<ReleaseRow, String> versionColumn;
  @FXML private TableColumn<ReleaseRow, Instant> dateColumn;
  @FXML private TableColumn<ReleaseRow, Number> sizeColumn;
  @FXML private TableColumn<ReleaseRow, Number> filesColumn;
  @FXML private TableColumn<ReleaseRow, Number> downloadsColumn;
  @FXML private TableColumn<ReleaseRow, String> yankedColumn;
  @FXML private ReleaseDetailView detailController;

  private final PagedBrowseViewModel<ReleaseRow, ReleaseSort> viewModel;

  public ReleasesView(AppContext context) {
    this(context, new PagedBrowseViewModel<>("release", "releases", context.releasePager(), ReleaseRow::id,
        ReleasePager::matching, new Sorting<>(ReleaseSort.DATE, Direction.DESCENDING), LOADING, inBackground(context)));
  }

  private ReleasesView(AppContext context, PagedBrowseViewModel<ReleaseRow, ReleaseSort> viewModel) {
    super(context, viewModel);
    this.viewModel = viewModel;
  }

  @Override
  protected void defineColumns() {
    Columns.text(packageColumn, ReleaseRow::packageName);
    Columns.text(versionColumn, ReleaseRow::version);
    Columns.date(dateColumn, ReleaseRow::created, "unknown");
    Columns.bytes(sizeColumn, ReleaseRow::size);
    Columns.count(filesColumn, ReleaseRow::files);
    Columns.count(downloadsColumn, ReleaseRow::downloads);
    Columns.warning(yankedColumn, ReleasesView::yanked);
    sortsBy(packageColumn, ReleaseSort.PACKAGE);
    sortsBy(versionColumn, ReleaseSort.VERSION);
    sortsBy(dateColumn, ReleaseSort.DATE);
    sortsBy(sizeColumn, ReleaseSort.SIZE);
    sortsBy(filesColumn, ReleaseSort.FILES);
    sortsBy(downloadsColumn, ReleaseSort.DOWNLOADS);
  }

  /** The chosen release shows in the detail, and stays chosen (by id) across searches and sorts. */
  @Override
  protected void tableReady(TableView<ReleaseRow> table) {
    viewModel.chosenProperty().addListener((obs, old, id) -> detailController.show((Long) id));
  }

  /** "Yanked: why", or nothing for a release that stands. */
  private static String yanked(ReleaseRow release) {
    if (!release.yanked()) {
      return null;
    }
    String reason = release.yankedReason();
    return reason == null || reason.isBlank() ? "Yanked" : "Yanked: " + reason.strip();
  }
}
