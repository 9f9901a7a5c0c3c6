package org.packdesk.ui.packageeditor;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.packdesk.app.AppContext;
import org.packdesk.catalog.EditablePackage;
import org.packdesk.catalog.edit.RuleViolation;
import org.packdesk.ui.common.ViewLoader;

/** Opens the package editor over the main window, once the package's values are read. */
public final class PackageEditorDialog {

  private PackageEditorDialog() {
  }

  /** Reads the package in the background, then shows the editor filled with it. */
  public static void open(AppContext context, Window owner, String packageId) {
    context.tasks().run(() -> context.packageEditing().read(packageId), pkg -> show(context, owner, pkg), error -> {
      if (error instanceof RuleViolation) {
        context.dialogs().showError("Cannot edit " + packageId, error.getMessage(), null);
        context.catalogChanged();
      } else {
        context.dialogs().showError(error);
      }
    });
  }

  private static Stage show(AppContext context, Window owner, EditablePackage pkg) {
    ViewLoader.Loaded<PackageEditorView> view = new ViewLoader(context).load("package-editor");
    PackageEditorView editor = view.controller();
    Stage stage = new Stage();
    stage.initOwner(owner);
    stage.initModality(Modality.WINDOW_MODAL);
    Scene scene = new Scene(view.root(), 780, 660);
    scene.getStylesheets().addAll(owner.getScene().getStylesheets());
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), editor::save);
    stage.setScene(scene);
    stage.setMinWidth(620);
    stage.setMinHeight(520);
    stage.titleProperty().bind(editor.titleProperty());
    stage.setOnCloseRequest(e -> {
      e.consume();
      editor.cancel();
    });
    editor.edit(pkg);
    stage.show();
    return stage;
  }
}
