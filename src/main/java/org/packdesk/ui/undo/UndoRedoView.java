package org.packdesk.ui.undo;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.util.Duration;
import org.packdesk.app.AppContext;
import org.packdesk.ui.browse.BrowseViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Undo and Redo in the window's header, with their shortcuts (Ctrl+Z; Ctrl+Y and Ctrl+Shift+Z),
 * and a short note of what was undone that fades away.
 */
public final class UndoRedoView {

  private static final Logger LOG = LoggerFactory.getLogger(UndoRedoView.class);
  private static final Duration NOTICE_SHOWN = Duration.seconds(4);
  private static final Duration NOTICE_FADE = Duration.millis(600);

  private final UndoRedoViewModel viewModel;

  @FXML private Button undoButton;
  @FXML private Button redoButton;
  @FXML private Label noticeLabel;

  public UndoRedoView(AppContext context) {
    this.viewModel = new UndoRedoViewModel(context.journal(), Platform::runLater, new BrowseViewModel.Background() {
      @Override
      public <T> void run(Callable<T> work, Consumer<T> onResult, Consumer<Throwable> onError) {
        context.tasks().run(work, onResult, onError);
      }
    }, context::catalogChanged, (header, message, details) -> {
      if (details == null) {
        LOG.info("{}: {}", header, message);
      } else {
        LOG.error("{}: {}", header, message, details);
      }
      context.dialogs().showError(header, message, details);
    });
  }

  @FXML
  private void initialize() {
    undoButton.disableProperty().bind(viewModel.canUndoProperty().not());
    redoButton.disableProperty().bind(viewModel.canRedoProperty().not());
    undoButton.setTooltip(new Tooltip());
    redoButton.setTooltip(new Tooltip());
    undoButton.getTooltip().textProperty().bind(viewModel.undoDescriptionProperty().map(d -> "Undo: " + d + "  (Ctrl+Z)"));
    redoButton.getTooltip().textProperty().bind(viewModel.redoDescriptionProperty().map(d -> "Redo: " + d + "  (Ctrl+Y)"));

    noticeLabel.setOpacity(0);
    FadeTransition fade = new FadeTransition(NOTICE_FADE, noticeLabel);
    fade.setToValue(0);
    SequentialTransition showThenFade = new SequentialTransition(new PauseTransition(NOTICE_SHOWN), fade);
    viewModel.noticeProperty().addListener((obs, old, text) -> {
      if (!text.isEmpty()) {
        noticeLabel.setText(text);
        noticeLabel.setOpacity(1);
        showThenFade.playFromStart();
      }
    });
  }

  /** Ctrl+Z and Ctrl+Y (or Ctrl+Shift+Z) anywhere in the window; a text field keeps its own undo. */
  public void installShortcuts(Scene scene) {
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), viewModel::undo);
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), viewModel::redo);
    scene.getAccelerators().put(
        new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), viewModel::redo);
  }

  @FXML
  private void undo() {
    viewModel.undo();
  }

  @FXML
  private void redo() {
    viewModel.redo();
  }
}
