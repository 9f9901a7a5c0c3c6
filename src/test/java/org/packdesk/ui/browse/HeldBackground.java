package org.packdesk.ui.browse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Background work for view model tests without a toolkit: held until {@link #finishNext()} or
 * {@link #finishAll()}, like a slow task would be, then run on the test's thread.
 */
public final class HeldBackground implements BrowseViewModel.Background {

  private final Deque<Runnable> pending = new ArrayDeque<>();

  @Override
  public <T> void run(Callable<T> work, Consumer<T> onResult, Consumer<Throwable> onError) {
    pending.add(() -> {
      T result;
      try {
        result = work.call();
      } catch (Exception e) {
        onError.accept(e);
        return;
      }
      onResult.accept(result);
    });
  }

  public void finishNext() {
    pending.removeFirst().run();
  }

  public void finishAll() {
    while (!pending.isEmpty()) {
      finishNext();
    }
  }

  public boolean isIdle() {
    return pending.isEmpty();
  }
}
