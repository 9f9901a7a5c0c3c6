package org.packdesk.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * Wall-clock timings of a repeated action: after warm-up runs, the percentiles of the timed ones,
 * and how many of the timed runs had a garbage collection counted during them, with the slowest
 * run that had none: a tail made of those runs points at the collector. (A concurrent cycle
 * counts too, though it need not pause the action.)
 */
public record Timings(double p50, double p95, double p99, double max, int runs, int withGc, double maxWithoutGc,
    Object lastResult) {

  public static Timings of(int warmUp, int runs, Callable<?> action) throws Exception {
    Object result = null;
    for (int i = 0; i < warmUp; i++) {
      result = action.call();
    }
    double[] millis = new double[runs];
    int withGc = 0;
    double maxWithoutGc = 0;
    for (int i = 0; i < runs; i++) {
      long collections = collections();
      long start = System.nanoTime();
      result = action.call();
      millis[i] = (System.nanoTime() - start) / 1e6;
      if (collections() == collections) {
        maxWithoutGc = Math.max(maxWithoutGc, millis[i]);
      } else {
        withGc++;
      }
    }
    Arrays.sort(millis);
    return new Timings(at(millis, 0.50), at(millis, 0.95), at(millis, 0.99), millis[runs - 1], runs, withGc,
        maxWithoutGc, result);
  }

  private static long collections() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionCount());
    }
    return total;
  }

  private static double at(double[] sorted, double quantile) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
  }

  @Override
  public String toString() {
    return String.format("p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %7.2f ms  (%d of %d runs met a GC;"
        + " slowest without one %s)", p50, p95, p99, max, withGc, runs,
        withGc == runs ? "n/a" : String.format("%.2f ms", maxWithoutGc));
  }
}
