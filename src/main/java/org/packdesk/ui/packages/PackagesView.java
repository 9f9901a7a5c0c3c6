package org.packdesk.ui.packages;

import java.time.Instant;
import javafx.fxml.FXML;
import javafx.scene.control.TableColumn;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.PackageRow;
import org.packdesk.ui.browse.BrowseView;
import org.packdesk.ui.browse.Columns;

/** The packages table, searched by name or summary. */
public final class PackagesView extends BrowseView<PackageRow> {

  @FXML private TableColumn<PackageRow, String> nameColumn;
  @FXML private TableColumn<PackageRow, String> summaryColumn;
  @FXML private TableColumn<PackageRow, String> versionColumn;
  @FXML private TableColumn<PackageRow, String> licenseColumn;
  @FXML private TableColumn<PackageRow, Instant> updatedColumn;
  @FXML private TableColumn<PackageRow, Number> maintainersColumn;

  public PackagesView(AppContext context) {
    super(context, "package", "packages", context.packageSearch()::search);
  }

  @Override
  protected void defineColumns() {
    Columns.text(nameColumn, PackageRow::name);
    Columns.longText(summaryColumn, PackageRow::summary);
    Columns.text(versionColumn, PackageRow::latestVersion);
    Columns.text(licenseColumn, PackageRow::license);
    Columns.date(updatedColumn, PackageRow::lastUpdated, null);
    Columns.count(maintainersColumn, PackageRow::maintainers);
  }
}
