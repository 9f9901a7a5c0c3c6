package org.packdesk.ui.languages;

import javafx.fxml.FXML;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.LanguageRow;
import org.packdesk.ui.browse.BrowseView;
import org.packdesk.ui.browse.Columns;
import org.packdesk.ui.browse.RowSelection;

/**
 * The programming languages packages declare, most declared first, searched by name; the chosen
 * language's packages show beside the table, where it is renamed or merged into another.
 */
public final class LanguagesView extends BrowseView<LanguageRow> {

  @FXML private TableColumn<LanguageRow, String> nameColumn;
  @FXML private TableColumn<LanguageRow, Number> packagesColumn;
  @FXML private TableColumn<LanguageRow, Number> shareColumn;
  @FXML private LanguageDetailView detailController;

  public LanguagesView(AppContext context) {
    super(context, "language", "languages", context.languageQueries()::search);
  }

  @Override
  protected void defineColumns() {
    Columns.text(nameColumn, LanguageRow::name);
    Columns.count(packagesColumn, LanguageRow::packages);
    Columns.share(shareColumn, LanguageRow::share);
  }

  @Override
  protected void tableReady(TableView<LanguageRow> table) {
    RowSelection<LanguageRow, String> selection = new RowSelection<>(table, LanguageRow::name);
    selection.selectedKeyProperty().addListener((obs, old, name) -> detailController.show(name));
    // after a rename or a merge the language that remains is the one to show
    detailController.setOnRenamed(selection::select);
  }
}
