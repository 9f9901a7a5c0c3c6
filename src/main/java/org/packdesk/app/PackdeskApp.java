package org.packdesk.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.db.CatalogLocation;
import org.packdesk.db.CatalogOpenException;
import org.packdesk.db.DataDirectories;
import org.packdesk.ui.common.DialogService;
import org.packdesk.ui.common.LayoutMemory;
import org.packdesk.ui.common.NextFrame;
import org.packdesk.ui.common.ReadAhead;
import org.packdesk.ui.common.ViewLoader;
import org.packdesk.ui.main.MainView;
import org.packdesk.ui.search.FacetsViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop application. The window appears at once with an "opening" state; the catalog is
 * opened and migrated, and the services over it made, in the background; then the main view
 * takes over.
 */
public class PackdeskApp extends Application {

  private static final Logger LOG = LoggerFactory.getLogger(PackdeskApp.class);
  public static final String STYLESHEET = "/css/packdesk.css";

  private AppContext context;
  private PreferencesStore preferences;
  private LayoutStore layout;

  public static void launchWith(String[] args) {
    Application.launch(PackdeskApp.class, args);
  }

  /**
   * Reads the preferences and the window's layout on the launcher thread, before the window (and
   * its theme) exists.
   */
  @Override
  public void init() {
    preferences = PreferencesStore.system();
    preferences.load();
    layout = LayoutStore.system();
    // written however the app ends (its window closed, Ctrl+Q, the session logging out), off the FX thread
    Runtime.getRuntime().addShutdownHook(new Thread(layout::save, "packdesk-save-layout"));
  }

  @Override
  public void start(Stage stage) {
    Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
      LOG.error("Uncaught exception on {}", thread.getName(), error);
      if (Platform.isFxApplicationThread()) {
        new DialogService(stage).showError(error);
      }
    });
    CatalogLocation location = CatalogLocation.resolve(dbOption(getParameters().getRaw()),
        System.getenv(), preferences.current().defaultCatalog(), DataDirectories.system());
    applyTheme(preferences.current().theme());
    stage.setTitle("Packdesk");
    stage.getIcons().add(new Image(PackdeskApp.class.getResourceAsStream("/icons/packdesk-256.png")));
    Label step = new Label();
    stage.setScene(new Scene(opening(location, step), 1280, 800));
    stage.getScene().getStylesheets().add(STYLESHEET);
    stage.setMinWidth(900);
    stage.setMinHeight(560);
    new LayoutMemory(layout).window(stage);
    StartupTimer.afterNextPulse(stage.getScene(), "window shown");
    stage.show();

    DialogService dialogs = new DialogService(stage);
    Browser browser = Browser.of(getHostServices());
    // the catalog, its search index and the services all open off the FX thread: the window stays live
    Task<AppContext> open = new Task<>() {
      @Override
      protected AppContext call() {
        CatalogDatabase catalog = CatalogDatabase.open(location, this::updateMessage);
        StartupTimer.now("database open");
        updateMessage("");
        try {
          return new AppContext(catalog, dialogs, preferences, layout, browser);
        } catch (RuntimeException e) {
          catalog.close();
          throw e;
        }
      }
    };
    step.textProperty().bind(open.messageProperty());
    open.setOnSucceeded(e -> {
      StartupTimer.now("catalog open");
      context = open.getValue();
      showMainWindow(stage, context);
      StartupTimer.afterNextPulse(stage.getScene(), "main window shown");
    });
    open.setOnFailed(e -> {
      Throwable error = open.getException();
      String message = error instanceof CatalogOpenException ? error.getMessage() : DialogService.messageOf(error);
      LOG.error("Could not open catalog {}", location, error);
      dialogs.showError("Packdesk cannot open its catalog", message, error instanceof CatalogOpenException ? null : error);
      Platform.exit();
    });
    Thread opener = new Thread(open, "packdesk-open-catalog");
    opener.setDaemon(true);
    opener.start();
  }

  /** Puts the main view in {@code stage}; also used by UI tests on a catalog they prepared. */
  public static MainView showMainWindow(Stage stage, AppContext context) {
    ViewLoader.Loaded<MainView> main = new ViewLoader(context).load("main");
    stage.getScene().setRoot(main.root());
    stage.setTitle("Packdesk \u2014 " + context.catalogDescription());
    main.controller().installShortcuts();
    // the Packages section's first facets, counted once the window is drawn: counted with it, they held it back
    NextFrame.then(stage.getScene(), () -> context.catalogSearch().prepareFacets(FacetsViewModel.TOP,
        ReadAhead.executor()));
    return main.controller();
  }

  public static void applyTheme() {
    applyTheme(Preferences.Theme.LIGHT);
  }

  /** Restyles every window of the application at once. */
  public static void applyTheme(Preferences.Theme theme) {
    Application.setUserAgentStylesheet(theme == Preferences.Theme.DARK
        ? new PrimerDark().getUserAgentStylesheet()
        : new PrimerLight().getUserAgentStylesheet());
  }

  /** The window while the catalog opens: which catalog, and {@code step}, what takes long (a backup, an upgrade). */
  private static VBox opening(CatalogLocation location, Label step) {
    Label title = new Label("Opening catalog\u2026");
    title.getStyleClass().add("title-3");
    Label path = new Label(location.describe());
    path.getStyleClass().add("text-muted");
    step.getStyleClass().add("opening-step");
    VBox box = new VBox(16, new ProgressIndicator(), title, path, step);
    box.setAlignment(Pos.CENTER);
    return box;
  }

  /** The value of {@code --db X} or {@code --db=X} among the GUI's arguments, if any. */
  static String dbOption(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).equals("--db") && i + 1 < args.size()) {
        return args.get(i + 1);
      }
      if (args.get(i).startsWith("--db=")) {
        return args.get(i).substring("--db=".length());
      }
    }
    return null;
  }

  @Override
  public void stop() {
    if (context != null) {
      context.close();
    }
  }
}
