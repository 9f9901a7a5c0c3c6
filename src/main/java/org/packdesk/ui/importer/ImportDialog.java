package org.packdesk.ui.importer;

import javafx.stage.Stage;
import javafx.stage.Window;
import org.packdesk.app.AppContext;
import org.packdesk.ui.common.ModalWindow;
import org.packdesk.ui.common.ViewLoader;

/** Opens the Import PyPI metadata dialog over the main window. */
public final class ImportDialog {

  private ImportDialog() {
  }

  public static Stage show(AppContext context, Window owner) {
    return ModalWindow.show(new ViewLoader(context).load("import"), owner, "Import PyPI metadata", 720, 560);
  }
}
