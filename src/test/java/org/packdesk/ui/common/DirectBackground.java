package org.packdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.packdesk.ui.browse.BrowseViewModel;

/** Runs "background" work at once on the calling thread, for view model tests. */
public final class DirectBackground implements BrowseViewModel.Background {

  @Override
  public <T> void run(Callable<T> work, Consumer<T> onResult, Consumer<Throwable> onError) {
    T result;
    try {
      result = work.call();
    } catch (Exception e) {
      onError.accept(e);
      return;
    }
    onResult.accept(result);
  }
}
