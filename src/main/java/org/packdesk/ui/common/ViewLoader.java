package org.packdesk.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.packdesk.app.AppContext;

/**
 * Loads a view by name from {@code /fxml/<name>.fxml}; controllers get the {@link AppContext}
 * through a constructor taking it (or none).
 */
public final class ViewLoader {

  private final AppContext context;

  public ViewLoader(AppContext context) {
    this.context = context;
  }

  /** A loaded view: its root node and its controller. */
  public record Loaded<C>(Parent root, C controller) {
  }

  public <C> Loaded<C> load(String name) {
    URL fxml = ViewLoader.class.getResource("/fxml/" + name + ".fxml");
    if (fxml == null) {
      throw new IllegalStateException("No view named " + name + " (missing /fxml/" + name + ".fxml)");
    }
    FXMLLoader loader = new FXMLLoader(fxml);
    loader.setControllerFactory(this::createController);
    try {
      Parent root = loader.load();
      return new Loaded<>(root, loader.getController());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not load view " + name, e);
    }
  }

  private Object createController(Class<?> type) {
    try {
      try {
        return type.getConstructor(AppContext.class).newInstance(context);
      } catch (NoSuchMethodException e) {
        return type.getConstructor().newInstance();
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot create controller " + type.getName(), e);
    }
  }
}
