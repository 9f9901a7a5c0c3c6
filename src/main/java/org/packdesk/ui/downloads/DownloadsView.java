package org.packdesk.ui.downloads;

import java.time.Instant;
import javafx.fxml.FXML;
import javafx.scene.control.TableColumn;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.DownloadRow;
import org.packdesk.ui.browse.BrowseView;
import org.packdesk.ui.browse.Columns;

/** Download events, newest first, searched by package, user agent or IP address. */
public final class DownloadsView extends BrowseView<DownloadRow> {

  @FXML private TableColumn<DownloadRow, Instant> dateColumn;
  @FXML private TableColumn<DownloadRow, String> packageColumn;
  @FXML private TableColumn<DownloadRow, String> versionColumn;
  @FXML private TableColumn<DownloadRow, String> ipColumn;
  @FXML private TableColumn<DownloadRow, String> userAgentColumn;

  public DownloadsView(AppContext context) {
    super(context, "download", "downloads", context.downloadQueries()::search);
  }

  @Override
  protected void defineColumns() {
    Columns.dateTime(dateColumn, DownloadRow::created);
    Columns.text(packageColumn, DownloadRow::packageName);
    Columns.text(versionColumn, DownloadRow::version);
    Columns.text(ipColumn, DownloadRow::ipAddress);
    Columns.longText(userAgentColumn, DownloadRow::userAgent);
  }
}
