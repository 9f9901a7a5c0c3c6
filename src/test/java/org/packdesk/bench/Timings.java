package org.packdesk.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** Wall-clock timings of a repeated action: after warm-up runs, the percentiles of the timed ones. */
record Timings(double p50, double p95, double p99, double max, Object lastResult) {

  static Timings of(int warmUp, int runs, Callable<?> action) throws Exception {
    Object result = null;
    for (int i = 0; i < warmUp; i++) {
      result = action.call();
    }
    double[] millis = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      result = action.call();
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return new Timings(at(millis, 0.50), at(millis, 0.95), at(millis, 0.99), millis[runs - 1], result);
  }

  private static double at(double[] sorted, double quantile) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
  }

  @Override
  public String toString() {
    return String.format("p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %7.2f ms", p50, p95, p99, max);
  }
}
