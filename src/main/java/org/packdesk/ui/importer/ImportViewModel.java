package org.packdesk.ui.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.packdesk.importer.ImportReport;
import org.packdesk.importer.PypiImporter;

/**
 * The import dialog's state: the chosen sources, the running import (progress, cancel) and its
 * report. The import itself is a {@link Task} that the view hands to the app's task runner.
 */
public final class ImportViewModel {

  /** Runs an import of the given files; it reports progress and checks for cancel. */
  public interface ImportJob {
    ImportReport run(List<Path> files, org.packdesk.importer.ImportProgress progress, java.util.function.BooleanSupplier cancelled);
  }

  private final ImportJob job;
  private final ObservableList<Path> sources = FXCollections.observableArrayList();
  private final StringProperty typedPath = new SimpleStringProperty(this, "typedPath", "");
  private final ReadOnlyStringWrapper pathError = new ReadOnlyStringWrapper(this, "pathError", "");
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyObjectWrapper<ImportReport> report = new ReadOnlyObjectWrapper<>(this, "report");
  private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");

  public ImportViewModel(ImportJob job) {
    this.job = job;
  }

  public ObservableList<Path> sources() {
    return sources;
  }

  public StringProperty typedPathProperty() {
    return typedPath;
  }

  public ReadOnlyStringProperty pathErrorProperty() {
    return pathError.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ImportReport> reportProperty() {
    return report.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty failureProperty() {
    return failure.getReadOnlyProperty();
  }

  /** True when an import can start: something chosen and nothing running. */
  public BooleanBinding canStart() {
    return Bindings.isEmpty(sources).not().and(running.not());
  }

  /** Adds what was typed in the path field, when it exists. */
  public void addTypedPath() {
    String text = typedPath.get() == null ? "" : typedPath.get().trim();
    if (text.isEmpty()) {
      return;
    }
    Path path = Path.of(text.startsWith("~/") ? System.getProperty("user.home") + text.substring(1) : text);
    if (!Files.exists(path)) {
      pathError.set("There is no file or folder " + path);
      return;
    }
    pathError.set("");
    add(List.of(path));
    typedPath.set("");
  }

  public void add(List<Path> paths) {
    for (Path p : paths) {
      Path absolute = p.toAbsolutePath().normalize();
      if (!sources.contains(absolute)) {
        sources.add(absolute);
      }
    }
  }

  /**
   * The import as a task: it lists the JSON files, imports them with progress, and stops
   * between two files when cancelled (what was imported stays; no file is half-imported).
   */
  public Task<ImportReport> createTask() {
    List<Path> chosen = List.copyOf(sources);
    report.set(null);
    failure.set("");
    running.set(true);
    Task<ImportReport> task = new Task<>() {
      @Override
      protected ImportReport call() {
        updateMessage("Looking for JSON files\u2026");
        List<Path> files = PypiImporter.collectFiles(chosen);
        updateProgress(0, Math.max(1, files.size()));
        updateMessage(String.format("Importing %,d files\u2026", files.size()));
        return job.run(files, (done, total, file) -> {
          updateProgress(done, total);
          updateMessage(String.format("%,d of %,d: %s", done, total, file.getFileName()));
        }, this::isCancelled);
      }
    };
    task.setOnSucceeded(e -> finish(task.getValue(), null));
    task.setOnCancelled(e -> finish(null, "The import was cancelled. Files imported before that are in the catalog."));
    task.setOnFailed(e -> finish(null, messageOf.apply(task.getException())));
    return task;
  }

  private final Function<Throwable, String> messageOf = t -> t.getMessage() == null ? t.toString() : t.getMessage();

  private void finish(ImportReport result, String error) {
    running.set(false);
    report.set(result);
    failure.set(error == null ? "" : error);
  }
}
