package org.packdesk.ui.licenses;

import javafx.fxml.FXML;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.LicenseRow;
import org.packdesk.ui.browse.BrowseView;
import org.packdesk.ui.browse.Columns;
import org.packdesk.ui.browse.RowSelection;

/**
 * The licenses packages declare, most used first, searched by id or description; the chosen
 * license's whole text and packages show beside the table, where its description is edited.
 */
public final class LicensesView extends BrowseView<LicenseRow> {

  @FXML private TableColumn<LicenseRow, String> idColumn;
  @FXML private TableColumn<LicenseRow, String> descriptionColumn;
  @FXML private TableColumn<LicenseRow, Number> packagesColumn;
  @FXML private TableColumn<LicenseRow, Number> shareColumn;
  @FXML private LicenseDetailView detailController;

  public LicensesView(AppContext context) {
    super(context, "license", "licenses", context.licenseQueries()::search);
  }

  @Override
  protected void defineColumns() {
    Columns.text(idColumn, LicenseRow::id);
    Columns.longText(descriptionColumn, LicenseRow::summary);
    Columns.count(packagesColumn, LicenseRow::packages);
    Columns.share(shareColumn, LicenseRow::share);
  }

  @Override
  protected void tableReady(TableView<LicenseRow> table) {
    new RowSelection<>(table, LicenseRow::id).selectedKeyProperty()
        .addListener((obs, old, id) -> detailController.show(id));
  }
}
