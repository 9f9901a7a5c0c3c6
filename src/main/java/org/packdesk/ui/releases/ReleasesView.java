package org.packdesk.ui.releases;

import java.time.Instant;
import javafx.fxml.FXML;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.ReleaseRow;
import org.packdesk.ui.browse.BrowseView;
import org.packdesk.ui.browse.Columns;
import org.packdesk.ui.browse.RowSelection;

/**
 * Every release of the catalog, newest first, searched by package name and version, with its files
 * and downloads; the chosen release's facts and files show, and it is yanked, beside the table.
 */
public final class ReleasesView extends BrowseView<ReleaseRow> {

  @FXML private TableColumn<ReleaseRow, String> packageColumn;
  @FXML private TableColumn<ReleaseRow, String> versionColumn;
  @FXML private TableColumn<ReleaseRow, Instant> dateColumn;
  @FXML private TableColumn<ReleaseRow, Number> sizeColumn;
  @FXML private TableColumn<ReleaseRow, Number> filesColumn;
  @FXML private TableColumn<ReleaseRow, Number> downloadsColumn;
  @FXML private TableColumn<ReleaseRow, String> yankedColumn;
  @FXML private ReleaseDetailView detailController;

  public ReleasesView(AppContext context) {
    super(context, "release", "releases", context.releaseQueries()::search);
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
  }

  @Override
  protected void tableReady(TableView<ReleaseRow> table) {
    new RowSelection<>(table, ReleaseRow::id).selectedKeyProperty()
        .addListener((obs, old, id) -> detailController.show(id));
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
