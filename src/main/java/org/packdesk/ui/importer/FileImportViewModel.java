package org.packdesk.ui.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import org.packdesk.importer.ImportProgress;
import org.packdesk.ui.common.DialogService;

/**
 * What every import dialog shares: the files and folders chosen, the running import (progress,
 * cancel) and its report. The import is a {@link Task} that the view hands to the app's task
 * runner. Cancel asks the importer to stop at its next safe point (between two files, or two
 * batches): the task then ends normally with the report of what was imported until then.
 *
 * @param <R> the importer's report
 */
public abstract class FileImportViewModel<R> {

  /** Runs an import of the given files; it reports progress and checks for cancel. */
  @FunctionalInterface
  public interface ImportJob<R> {
    R run(List<Path> files, ImportProgress progress, BooleanSupplier cancelled) throws Exception;
  }

  private final ObservableList<Path> sources = FXCollections.observableArrayList();
  private final StringProperty typedPath = new SimpleStringProperty(this, "typedPath", "");
  private final ReadOnlyStringWrapper pathError = new ReadOnlyStringWrapper(this, "pathError", "");
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(this, "cancelling");
  private final ReadOnlyObjectWrapper<R> report = new ReadOnlyObjectWrapper<>(this, "report");
  private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
  private final AtomicBoolean cancelRequested = new AtomicBoolean();

  /** The files to import among those chosen (the files in a chosen folder); runs in the background. */
  protected abstract List<Path> collect(List<Path> chosen) throws Exception;

  /** The import of {@code files}, as the options are now (read on the FX thread, run in the background). */
  protected abstract ImportJob<R> job();

  /** What the files are called in the progress line ("JSON files", "logs"). */
  protected abstract String filesNoun();

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

  /** True from a cancel until the importer reached a safe point to stop at. */
  public ReadOnlyBooleanProperty cancellingProperty() {
    return cancelling.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<R> reportProperty() {
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

  /** Asks the running import to stop at its next safe point. */
  public void cancel() {
    if (running.get()) {
      cancelRequested.set(true);
      cancelling.set(true);
    }
  }

  /** The import as a task: it lists the files, then imports them with progress until done or cancelled. */
  public Task<R> createTask() {
    List<Path> chosen = List.copyOf(sources);
    ImportJob<R> job = job();
    String noun = filesNoun();
    report.set(null);
    failure.set("");
    cancelRequested.set(false);
    cancelling.set(false);
    running.set(true);
    Task<R> task = new Task<>() {
      @Override
      protected R call() throws Exception {
        updateMessage("Looking for " + noun + "\u2026");
        List<Path> files = collect(chosen);
        // a single file reports no progress until it is done: show that work goes on
        updateProgress(files.size() == 1 ? -1 : 0, Math.max(1, files.size()));
        updateMessage(String.format("Importing %,d %s\u2026", files.size(), noun));
        return job.run(files, (done, total, file) -> {
          updateProgress(done, total);
          updateMessage(String.format("%,d of %,d: %s", done, total, file.getFileName()));
        }, cancelRequested::get);
      }
    };
    task.setOnSucceeded(e -> finish(task.getValue(), null));
    task.setOnCancelled(e -> finish(null, "The import was stopped. What was imported before that is in the catalog."));
    task.setOnFailed(e -> finish(null, "The import failed: " + DialogService.messageOf(task.getException())));
    return task;
  }

  private void finish(R result, String error) {
    running.set(false);
    cancelling.set(false);
    report.set(result);
    failure.set(error == null ? "" : error);
  }
}
