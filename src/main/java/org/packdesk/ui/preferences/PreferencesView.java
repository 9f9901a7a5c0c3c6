package org.packdesk.ui.preferences;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.packdesk.app.AppContext;
import org.packdesk.app.PackdeskApp;
import org.packdesk.app.Preferences.Theme;
import org.packdesk.app.PreferencesStore;
import org.packdesk.ui.browse.BrowseViewModel;

/** The Preferences dialog's content: curator name, theme and default catalog. */
public final class PreferencesView {

  private final PreferencesViewModel viewModel;

  @FXML private VBox root;
  @FXML private TextField curatorField;
  @FXML private Label curatorError;
  @FXML private ToggleButton lightButton;
  @FXML private ToggleButton darkButton;
  @FXML private TextField catalogField;
  @FXML private Label catalogHint;
  @FXML private Label catalogError;
  @FXML private Label saveError;
  @FXML private Button saveButton;

  public PreferencesView(AppContext context) {
    PreferencesStore store = context.preferences();
    this.viewModel = new PreferencesViewModel(store.current(), PreferencesStore.builtInCatalog(), store::save,
        PackdeskApp::applyTheme, new BrowseViewModel.Background() {
          @Override
          public <T> void run(Callable<T> work, Consumer<T> onResult, Consumer<Throwable> onError) {
            context.tasks().run(work, onResult, onError);
          }
        });
  }

  @FXML
  private void initialize() {
    curatorField.textProperty().bindBidirectional(viewModel.curatorNameProperty());
    showWhenSet(curatorError, viewModel.curatorErrorProperty());

    ToggleGroup themes = new ToggleGroup();
    lightButton.setToggleGroup(themes);
    lightButton.setUserData(Theme.LIGHT);
    darkButton.setToggleGroup(themes);
    darkButton.setUserData(Theme.DARK);
    themes.selectToggle(viewModel.themeProperty().get() == Theme.DARK ? darkButton : lightButton);
    themes.selectedToggleProperty().addListener((obs, old, now) -> {
      if (now == null) {
        old.setSelected(true); // one theme is always chosen
      } else {
        viewModel.themeProperty().set((Theme) now.getUserData());
      }
    });

    catalogField.textProperty().bindBidirectional(viewModel.defaultCatalogProperty());
    catalogField.setPromptText(viewModel.builtInCatalog());
    catalogHint.setText(viewModel.catalogHint());
    showWhenSet(catalogError, viewModel.catalogErrorProperty());
    showWhenSet(saveError, viewModel.saveErrorProperty());
    saveButton.disableProperty().bind(viewModel.canSave().not());

    root.sceneProperty().flatMap(scene -> scene.windowProperty()).addListener((obs, old, window) -> {
      if (window != null) {
        window.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> viewModel.closed());
      }
    });
  }

  /** A message line that takes room only when it has something to say; the window grows to show it. */
  private void showWhenSet(Label label, ObservableStringValue text) {
    label.textProperty().bind(text);
    label.visibleProperty().bind(label.textProperty().isNotEmpty());
    label.managedProperty().bind(label.visibleProperty());
    label.visibleProperty().addListener((obs, was, shown) -> {
      if (root.getScene() != null && root.getScene().getWindow() != null) {
        root.getScene().getWindow().sizeToScene();
      }
    });
  }

  @FXML
  private void chooseCatalog() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Default catalog");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Packdesk catalog (*.mv.db)", "*.mv.db"));
    Path shown = shownCatalog();
    File folder = shown.getParent() == null ? null : shown.getParent().toFile();
    if (folder != null && folder.isDirectory()) {
      chooser.setInitialDirectory(folder);
    }
    chooser.setInitialFileName(shown.getFileName() == null ? "catalog.mv.db" : shown.getFileName().toString());
    File chosen = chooser.showSaveDialog(window());
    if (chosen != null) {
      viewModel.defaultCatalogProperty().set(chosen.getAbsolutePath());
    }
  }

  /** The file the chooser starts at: the one typed, when it is a path, else the built-in one. */
  private Path shownCatalog() {
    String typed = catalogField.getText() == null ? "" : catalogField.getText().trim();
    try {
      return Path.of(typed.isEmpty() || typed.startsWith("jdbc:") ? viewModel.builtInCatalog() : typed);
    } catch (InvalidPathException e) {
      return Path.of(viewModel.builtInCatalog());
    }
  }

  @FXML
  private void save() {
    viewModel.save(() -> window().hide());
  }

  @FXML
  private void cancel() {
    window().hide();
  }

  private Window window() {
    return root.getScene().getWindow();
  }
}
