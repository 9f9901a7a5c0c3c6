package org.packdesk.importer.generate;

import java.util.SplittableRandom;

/**
 * Random streams derived from one seed. SplittableRandom's algorithm (SplitMix64) is fixed by its
 * specification, so a seed gives the same numbers on every JVM; each package gets its own stream
 * from (seed, purpose, index), so any package can be made again without making those before it.
 */
final class Seeds {

  static final long NAMES = 1;
  static final long RELEASE_COUNTS = 2;
  static final long PROJECTS = 3;
  static final long USERS = 4;
  static final long DOWNLOADS = 5;
  static final long POPULARITY = 6;
  static final long STATUS = 7;

  private Seeds() {
  }

  static SplittableRandom stream(long seed, long purpose, long index) {
    return new SplittableRandom(mix(mix(seed ^ 0x5DEECE66DL) + purpose * 0x9E3779B97F4A7C15L + index));
  }

  /** Stafford's variant 13 of the MurmurHash3 finaliser, as SplitMix64 uses it. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A log-normal draw (Box-Muller with StrictMath, so that it is the same on every JVM). */
  static double logNormal(SplittableRandom random, double median, double sigma) {
    double u1 = 1.0 - random.nextDouble();
    double u2 = random.nextDouble();
    double gauss = StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
    return median * StrictMath.exp(sigma * gauss);
  }

  /** An index below {@code n} where low indexes are much likelier: P(index) falls like 1/index (Zipf). */
  static int zipf(SplittableRandom random, int n) {
    double x = StrictMath.exp(random.nextDouble() * StrictMath.log(n + 1.0));
    return (int) Math.min(n - 1, Math.max(0, (long) x - 1));
  }

  /** One of {@code items}, each with the chance its weight gives among all weights. */
  static int weighted(SplittableRandom random, int[] cumulativeWeights) {
    int total = cumulativeWeights[cumulativeWeights.length - 1];
    int draw = random.nextInt(total);
    int low = 0;
    int high = cumulativeWeights.length - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (cumulativeWeights[mid] > draw) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }

  static int[] cumulative(int... weights) {
    int[] sums = new int[weights.length];
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      sums[i] = sum;
    }
    return sums;
  }

  static <T> T pick(SplittableRandom random, java.util.List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
