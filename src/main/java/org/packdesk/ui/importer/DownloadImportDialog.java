package org.packdesk.ui.importer;

import javafx.stage.Stage;
import javafx.stage.Window;
import org.packdesk.app.AppContext;
import org.packdesk.ui.common.ModalWindow;
import org.packdesk.ui.common.ViewLoader;

/** Opens the Import downloads dialog over the main window. */
public final class DownloadImportDialog {

  private DownloadImportDialog() {
  }

  public static Stage show(AppContext context, Window owner) {
    return ModalWindow.show(new ViewLoader(context).load("download-import"), owner, "Import downloads", 760, 600);
  }
}
