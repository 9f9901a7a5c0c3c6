package org.packdesk.ui.common;

import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Shows a loaded view as a dialog window over its owner, styled like it. */
public final class ModalWindow {

  private ModalWindow() {
  }

  /** A dialog as large as its content. */
  public static Stage show(ViewLoader.Loaded<?> view, Window owner, String title) {
    return show(new Scene(view.root()), owner, title);
  }

  /** A dialog of the given size (one whose content grows, like a list). */
  public static Stage show(ViewLoader.Loaded<?> view, Window owner, String title, double width, double height) {
    return show(new Scene(view.root(), width, height), owner, title);
  }

  private static Stage show(Scene scene, Window owner, String title) {
    Stage stage = new Stage();
    stage.initOwner(owner);
    stage.initModality(Modality.WINDOW_MODAL);
    stage.setTitle(title);
    scene.getStylesheets().addAll(owner.getScene().getStylesheets());
    stage.setScene(scene);
    stage.show();
    return stage;
  }
}
