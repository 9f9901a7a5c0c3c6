package org.packdesk.importer.generate;

/**
 * What {@link CatalogGenerator} makes: exactly this many packages, releases and downloads, from
 * {@code seed}. Every package has at least one release, so there are at least as many releases
 * as packages; release files, users and the download rollup follow from these.
 */
public record CatalogSize(int packages, long releases, long downloads, long seed) {

  /** The largest catalog the generator makes; its names and release ids are indexed by int. */
  public static final int MAX_PACKAGES = 50_000_000;
  public static final long MAX_RELEASES = Integer.MAX_VALUE - 8;

  public CatalogSize {
    if (packages < 1 || packages > MAX_PACKAGES) {
      throw new IllegalArgumentException(String.format("--packages must be between 1 and %,d; it is %,d",
          MAX_PACKAGES, packages));
    }
    if (releases < packages || releases > MAX_RELEASES) {
      throw new IllegalArgumentException(String.format("--releases must be at least --packages (every package has a"
          + " release) and at most %,d; it is %,d for %,d packages", MAX_RELEASES, releases, packages));
    }
    if (downloads < 0) {
      throw new IllegalArgumentException("--downloads cannot be negative; it is " + downloads);
    }
  }
}
