package org.packdesk.ui.releases;

import java.time.Instant;
import javafx.fxml.FXML;
import javafx.scene.control.TableColumn;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.ReleaseRow;
import org.packdesk.catalog.ReleasePager;
import org.packdesk.catalog.ReleaseSort;
import org.packdesk.catalog.paging.Direction;
import org.packdesk.ui.browse.PagedBrowseView;
import org.packdesk.ui.browse.PagedBrowseViewModel;
import org.packdesk.ui.browse.PagedBrowseViewModel.Sorting;
import org.packdesk.ui.browse.Columns;

/**
 * Every release of the catalog, newest first, searched by package name and version; paged and
 * sorted by the database (millions of rows).
 */
public final class ReleasesView extends PagedBrowseView<ReleaseRow, ReleaseSort> {

  /** What a row not read yet shows. */
  private static final ReleaseRow LOADING = new ReleaseRow(-1, null, "\u2026", null, null, null, 0, false, null);

  @FXML private TableColumn<ReleaseRow, String> packageColumn;
  @FXML private TableColumn<ReleaseRow, String> versionColumn;
  @FXML private TableColumn<ReleaseRow, Instant> dateColumn;
  @FXML private TableColumn<ReleaseRow, Number> sizeColumn;
  @FXML private TableColumn<ReleaseRow, Number> filesColumn;
  @FXML private TableColumn<ReleaseRow, String> yankedColumn;

  public ReleasesView(AppContext context) {
    super(context, new PagedBrowseViewModel<>("release", "releases", context.releasePager(), ReleaseRow::id,
        ReleasePager::matching, new Sorting<>(ReleaseSort.DATE, Direction.DESCENDING), LOADING, inBackground(context)));
  }

  @Override
  protected void defineColumns() {
    Columns.text(packageColumn, ReleaseRow::packageName);
    Columns.text(versionColumn, ReleaseRow::version);
    Columns.date(dateColumn, ReleaseRow::created, "unknown");
    Columns.bytes(sizeColumn, ReleaseRow::size);
    Columns.count(filesColumn, ReleaseRow::files);
    Columns.warning(yankedColumn, ReleasesView::yanked);
    sortsBy(packageColumn, ReleaseSort.PACKAGE);
    sortsBy(versionColumn, ReleaseSort.VERSION);
    sortsBy(dateColumn, ReleaseSort.DATE);
    sortsBy(sizeColumn, ReleaseSort.SIZE);
    sortsBy(filesColumn, ReleaseSort.FILES);
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
