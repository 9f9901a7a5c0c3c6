package org.packdesk.importer.generate;

import java.time.Instant;
import java.util.SplittableRandom;
import java.util.function.IntUnaryOperator;

/**
 * The generated downloads, in time order as a log holds them: over the last year before
 * {@link ProjectFactory#END}, more of them lately; popular packages (a Zipf law over a seeded
 * shuffle of the packages) and their newest releases far likelier than the rest.
 */
public final class DownloadEvents {

  static final long WINDOW_SECONDS = 365L * 86_400;

  /** One download: package {@code packageIndex}'s release number {@code release} (0 = its first). */
  public record Event(int packageIndex, int release, Instant time, String ipAddress, String userAgent) {
  }

  private final long total;
  private final int packages;
  private final long multiplier;
  private final long offset;
  private final SplittableRandom random;
  private final long windowStart = ProjectFactory.END.getEpochSecond() - WINDOW_SECONDS;
  private long made;

  DownloadEvents(CatalogSize size) {
    this.total = size.downloads();
    this.packages = size.packages();
    this.random = Seeds.stream(size.seed(), Seeds.DOWNLOADS, 0);
    SplittableRandom popularity = Seeds.stream(size.seed(), Seeds.POPULARITY, 0);
    long m = 1 + popularity.nextLong(Math.max(1, packages));
    while (gcd(m, packages) != 1) {
      m++;
    }
    this.multiplier = m;
    this.offset = popularity.nextLong(packages);
  }

  public boolean hasNext() {
    return made < total;
  }

  /** The next download; {@code releases} tells how many releases a package has. */
  public Event next(IntUnaryOperator releases) {
    // the square root spreads the k-th of n downloads so that the rate grows through the year
    double position = StrictMath.sqrt((made + random.nextDouble()) / total);
    made++;
    Instant time = Instant.ofEpochSecond(windowStart + (long) (WINDOW_SECONDS * position));
    int rank = Seeds.zipf(random, packages);
    int index = (int) ((rank * multiplier + offset) % packages);
    int count = releases.applyAsInt(index);
    int back = (int) (count * StrictMath.pow(random.nextDouble(), 4));
    int release = Math.max(0, count - 1 - back);
    String address = (1 + random.nextInt(223)) + "." + random.nextInt(256) + "." + random.nextInt(256) + "."
        + random.nextInt(256);
    return new Event(index, release, time, address, ClientAgents.draw(random));
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }
}
