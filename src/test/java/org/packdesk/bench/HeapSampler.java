package org.packdesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The most heap a process held, sampled every few milliseconds. The sum of each memory pool's own
 * peak (what this benchmark printed before) adds peaks reached at different moments: under
 * {@code -Xmx512m} it reported 803 MB.
 */
final class HeapSampler implements AutoCloseable {

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread thread;
  private volatile long peak;
  private volatile boolean running = true;

  private HeapSampler() {
    thread = new Thread(() -> {
      while (running) {
        peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  static HeapSampler start() {
    return new HeapSampler();
  }

  /** The most heap in use at any sample so far, in MB. */
  long peakMb() {
    return Math.max(peak, memory.getHeapMemoryUsage().getUsed()) / (1024 * 1024);
  }

  /** The heap's ceiling (-Xmx), in MB. */
  long maxMb() {
    return memory.getHeapMemoryUsage().getMax() / (1024 * 1024);
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
