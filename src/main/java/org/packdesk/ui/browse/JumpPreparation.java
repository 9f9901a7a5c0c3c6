package org.packdesk.ui.browse;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.packdesk.catalog.paging.PagedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads ahead, on one low-priority thread of its own, what makes jumps deep into a shown table
 * fast ({@link PagedSource#prepareJumps()}: the anchors of its sort order). Not a task of the
 * app's runner: it is no work the curator waits for or should see as busy, and it must never
 * hold up the pages being read. A table showing other rows abandons the query read ahead before.
 */
final class JumpPreparation {

  private static final Logger LOG = LoggerFactory.getLogger(JumpPreparation.class);
  private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "packdesk-jump-anchors");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    return thread;
  });

  private JumpPreparation() {
  }

  static void start(PagedSource<?> query) {
    THREAD.execute(() -> {
      try {
        query.prepareJumps();
      } catch (RuntimeException e) {
        // a jump reads what it needs itself: reading ahead failing only makes it slower
        LOG.warn("Could not read ahead the anchors of a table's order: {}", e.getMessage(), e);
      }
    });
  }
}
