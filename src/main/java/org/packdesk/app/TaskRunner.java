package org.packdesk.app;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.concurrent.Task;

/**
 * The one way the UI does database and file work: as {@link Task}s on a small pool of daemon
 * threads, with results and errors delivered back on the JavaFX thread.
 */
public final class TaskRunner implements AutoCloseable {

  private final ExecutorService executor;
  private final Consumer<Throwable> defaultErrorHandler;
  private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running");

  public TaskRunner(Consumer<Throwable> defaultErrorHandler) {
    AtomicInteger number = new AtomicInteger();
    this.executor = Executors.newFixedThreadPool(2, r -> {
      Thread thread = new Thread(r, "packdesk-task-" + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    this.defaultErrorHandler = defaultErrorHandler;
  }

  /** Runs {@code work} in the background; {@code onSuccess} gets its result on the FX thread. */
  public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess) {
    return run(work, onSuccess, defaultErrorHandler);
  }

  public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
    Task<T> task = new Task<>() {
      @Override
      protected T call() throws Exception {
        return work.call();
      }
    };
    task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
    task.setOnFailed(e -> onError.accept(task.getException()));
    return submit(task);
  }

  /** Submits a task built by the caller (for progress and cancel); the caller sets its handlers. */
  public <T> Task<T> submit(Task<T> task) {
    onFx(() -> running.set(running.get() + 1));
    task.runningProperty().addListener((obs, was, is) -> {
      if (!is && task.isDone()) {
        running.set(running.get() - 1);
      }
    });
    executor.execute(task);
    return task;
  }

  /** How many tasks are queued or running (for a busy indicator). */
  public ReadOnlyIntegerProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  private static void onFx(Runnable r) {
    if (Platform.isFxApplicationThread()) {
      r.run();
    } else {
      Platform.runLater(r);
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
