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
import javafx.concurrent.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way the UI does database and file work: as {@link Task}s on a small pool of daemon
 * threads, with results and errors delivered back on the JavaFX thread.
 */
public final class TaskRunner implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);

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
    if (executor.isShutdown()) {
      // The catalog is closing; a late timer (a search after typing) has nothing left to do.
      LOG.debug("Dropped a task submitted after close");
      task.cancel();
      return task;
    }
    onFx(() -> running.set(running.get() + 1));
    // Counted down on the task's final state, not on isDone(): the FX thread may learn of the
    // success before the executor marks the future done, and a task cancelled while still
    // queued never runs at all.
    task.stateProperty().addListener((obs, was, state) -> {
      if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
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
