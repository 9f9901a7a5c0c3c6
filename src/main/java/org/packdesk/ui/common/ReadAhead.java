package org.packdesk.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads ahead, on one low-priority thread shared by the whole application, what makes a curator's
 * likely next step fast: the anchors of a shown table's order (jumps deep into it), the whole
 * catalog's facets (the Packages section's first look). Not tasks of the app's runner: no work the
 * curator waits for or should see as busy, and it must never hold up what is being read for them.
 * Failing only makes that next step slower: it reads what it needs itself.
 */
public final class ReadAhead {

  /** Work read ahead; may fail. */
  @FunctionalInterface
  public interface Work {
    void run() throws Exception;
  }

  private static final Logger LOG = LoggerFactory.getLogger(ReadAhead.class);
  private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "packdesk-read-ahead");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    return thread;
  });

  private ReadAhead() {
  }

  /** The read-ahead thread, for work whose result its caller keeps. */
  public static Executor executor() {
    return THREAD;
  }

  /** Reads {@code what} ahead with {@code work}, logging a failure. */
  public static void run(String what, Work work) {
    THREAD.execute(() -> {
      try {
        work.run();
      } catch (Exception e) {
        LOG.warn("Could not read ahead {}: {}", what, e.getMessage(), e);
      }
    });
  }
}
