package org.packdesk.ui.main;

import java.util.EnumMap;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.packdesk.app.AppContext;
import org.packdesk.ui.common.LayoutMemory;
import org.packdesk.ui.common.ModalWindow;
import org.packdesk.ui.common.ViewLoader;
import org.packdesk.ui.importer.DownloadImportDialog;
import org.packdesk.ui.importer.ImportDialog;
import org.packdesk.ui.main.MainViewModel.Section;
import org.packdesk.ui.browse.BrowseView;
import org.packdesk.ui.packages.PackagesView;
import org.packdesk.ui.undo.UndoRedoView;

/** The window's frame: navigation on the left, the chosen section in the middle, a status bar. */
public final class MainView {

  private static final Map<Section, String> ICONS = Map.of(
      Section.DASHBOARD, "fth-home",
      Section.PACKAGES, "fth-package",
      Section.RELEASES, "fth-tag",
      Section.USERS, "fth-users",
      Section.LICENSES, "fth-file-text",
      Section.LANGUAGES, "fth-code",
      Section.DOWNLOADS, "fth-download",
      Section.REPORTS, "fth-bar-chart-2",
      Section.JOURNAL, "fth-clock");

  private final AppContext context;
  private final ViewLoader loader;
  private final LayoutMemory layout;
  private final MainViewModel viewModel = new MainViewModel();
  private final Map<Section, ViewLoader.Loaded<?>> loaded = new EnumMap<>(Section.class);
  private final ToggleGroup navigation = new ToggleGroup();

  @FXML private VBox nav;
  @FXML private Label sectionTitle;
  @FXML private StackPane content;
  @FXML private Label countsLabel;
  @FXML private Label catalogLabel;
  @FXML private ProgressBar busyBar;
  @FXML private UndoRedoView undoRedoController;

  public MainView(AppContext context) {
    this.context = context;
    this.loader = new ViewLoader(context);
    this.layout = new LayoutMemory(context.layout());
  }

  @FXML
  private void initialize() {
    for (Section section : Section.values()) {
      ToggleButton button = new ToggleButton(section.title(), new FontIcon(ICONS.get(section)));
      button.setId("nav-" + section.view());
      button.getStyleClass().add("nav-button");
      button.setMaxWidth(Double.MAX_VALUE);
      button.setUserData(section);
      button.setToggleGroup(navigation);
      nav.getChildren().add(button);
    }
    navigation.selectedToggleProperty().addListener((obs, old, now) -> {
      if (now == null) {
        old.setSelected(true); // one section is always shown
      } else {
        viewModel.sectionProperty().set((Section) now.getUserData());
      }
    });
    viewModel.sectionProperty().addListener((obs, old, section) -> show(section));
    navigation.getToggles().get(0).setSelected(true);
    show(Section.DASHBOARD);

    catalogLabel.setText(context.catalogDescription());
    countsLabel.textProperty().bind(viewModel.countsTextProperty());
    busyBar.visibleProperty().bind(context.tasks().runningProperty().greaterThan(0));
    context.catalogRevisionProperty().addListener((obs, old, now) -> refreshCounts());
    refreshCounts();
  }

  /**
   * Keyboard shortcuts that work anywhere in the window. Ctrl+F searches the section shown, or
   * the packages where the section has no search; Ctrl+, opens the preferences; Ctrl+Q closes the
   * window, which quits as its close button does (saving where the dividers were).
   */
  public void installShortcuts() {
    context.setPackageOpener(this::openPackage);
    context.setSearchOpener(this::openSearch);
    content.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
      Section shown = viewModel.sectionProperty().get();
      Section target = loaded.get(shown).controller() instanceof BrowseView<?> ? shown : Section.PACKAGES;
      select(target);
      ((BrowseView<?>) loaded.get(target).controller()).focusSearch();
    });
    undoRedoController.installShortcuts(content.getScene());
    content.getScene().getAccelerators().put(
        new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN), this::openPreferences);
    content.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
        () -> ((Stage) content.getScene().getWindow()).close());
  }

  @FXML
  private void openImport() {
    ImportDialog.show(context, content.getScene().getWindow());
  }

  @FXML
  private void openDownloadImport() {
    DownloadImportDialog.show(context, content.getScene().getWindow());
  }

  @FXML
  private void openPreferences() {
    ModalWindow.show(loader.load("preferences"), content.getScene().getWindow(), "Preferences");
  }

  /** Opens the Packages section on {@code packageId} (from links elsewhere, such as the dashboard). */
  private void openPackage(String packageId) {
    select(Section.PACKAGES);
    ((PackagesView) section(Section.PACKAGES).controller()).showPackage(packageId);
  }

  /** Opens the Packages section searching {@code query} (a saved search). */
  private void openSearch(String query) {
    select(Section.PACKAGES);
    ((PackagesView) section(Section.PACKAGES).controller()).showQuery(query);
  }

  public void select(Section section) {
    navigation.getToggles().stream().filter(t -> t.getUserData() == section).findFirst()
        .ifPresent(t -> t.setSelected(true));
  }

  private void show(Section section) {
    Node view = section(section).root();
    sectionTitle.setText(section.title());
    content.getChildren().setAll(view);
  }

  /** The section's view, loaded the first time it is wanted, with its dividers where the curator left them. */
  private ViewLoader.Loaded<?> section(Section section) {
    return loaded.computeIfAbsent(section, s -> {
      ViewLoader.Loaded<?> view = loader.load(s.view());
      layout.splits(view.root(), s.view());
      return view;
    });
  }

  private void refreshCounts() {
    context.tasks().run(() -> context.statistics().counts(), viewModel::showCounts);
  }
}
