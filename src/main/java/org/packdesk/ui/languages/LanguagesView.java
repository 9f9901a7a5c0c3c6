package org.packdesk.ui.languages;

import javafx.fxml.FXML;
import javafx.scene.control.TableColumn;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.LanguageRow;
import org.packdesk.ui.browse.BrowseView;
import org.packdesk.ui.browse.Columns;

/** The programming languages packages declare, most declared first, searched by name. */
public final class LanguagesView extends BrowseView<LanguageRow> {

  @FXML private TableColumn<LanguageRow, String> nameColumn;
  @FXML private TableColumn<LanguageRow, Number> packagesColumn;
  @FXML private TableColumn<LanguageRow, Number> shareColumn;

  public LanguagesView(AppContext context) {
    super(context, "language", "languages", context.languageQueries()::search);
  }

  @Override
  protected void defineColumns() {
    Columns.text(nameColumn, LanguageRow::name);
    Columns.count(packagesColumn, LanguageRow::packages);
    Columns.share(shareColumn, LanguageRow::share);
  }
}
