package org.packdesk.catalog;

/**
 * One line of the licenses table: the license, the first line of its description, and how many
 * of the catalog's {@code catalogPackages} packages use it.
 */
public record LicenseRow(String id, String summary, long packages, long catalogPackages) {

  /** The license's share of all packages, 0..1. */
  public double share() {
    return catalogPackages == 0 ? 0 : (double) packages / catalogPackages;
  }
}
