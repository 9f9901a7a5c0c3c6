package org.packdesk.importer.generate;

import java.util.SplittableRandom;

/**
 * How many releases each package gets: a heavy tail as on PyPI (most packages 1 to 5 releases, a
 * few hundreds), scaled so that the counts add up to exactly the releases asked for. One int per
 * package is the only per-package state the generator keeps.
 */
final class ReleasePlan {

  /** Pareto shape of the extra releases beyond the first; about 1 gives PyPI's long tail. */
  private static final double SHAPE = 1.05;
  private static final int MAX_RELEASES = 3_000;

  private final int[] counts;

  ReleasePlan(CatalogSize size) {
    int packages = size.packages();
    counts = new int[packages];
    SplittableRandom random = Seeds.stream(size.seed(), Seeds.RELEASE_COUNTS, 0);
    long wanted = size.releases() - packages;
    double total = 0;
    double[] extra = new double[packages];
    for (int i = 0; i < packages; i++) {
      double u = 1.0 - random.nextDouble();
      extra[i] = Math.min(MAX_RELEASES, StrictMath.pow(u, -1 / SHAPE) - 1);
      total += extra[i];
    }
    long given = 0;
    double scale = total == 0 ? 0 : wanted / total;
    for (int i = 0; i < packages; i++) {
      int more = (int) Math.min(Integer.MAX_VALUE - 1, (long) (extra[i] * scale));
      counts[i] = 1 + more;
      given += more;
    }
    // rounding down left fewer than one per package over: one more each to packages at random
    for (long left = wanted - given; left > 0; left--) {
      counts[random.nextInt(packages)]++;
    }
  }

  int releases(int packageIndex) {
    return counts[packageIndex];
  }
}
