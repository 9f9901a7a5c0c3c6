package org.packdesk.ui.importer;

import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.packdesk.app.AppContext;
import org.packdesk.ui.common.ViewLoader;

/** Opens the Import PyPI metadata dialog over the main window. */
public final class ImportDialog {

  private ImportDialog() {
  }

  public static Stage show(AppContext context, Window owner) {
    ViewLoader.Loaded<ImportView> view = new ViewLoader(context).load("import");
    Stage stage = new Stage();
    stage.initOwner(owner);
    stage.initModality(Modality.WINDOW_MODAL);
    stage.setTitle("Import PyPI metadata");
    Scene scene = new Scene(view.root(), 720, 560);
    scene.getStylesheets().addAll(owner.getScene().getStylesheets());
    stage.setScene(scene);
    stage.show();
    return stage;
  }
}
