package org.packdesk.catalog;

import org.packdesk.model.LifecycleStatus;

/**
 * Narrows the packages table beyond its free text: a license (or {@link #NO_LICENSE}), a
 * declared language, a maintainer's e-mail, a lifecycle status, only packages with a yanked
 * release. Null fields do not filter.
 */
public record PackageFilter(String license, String language, String maintainerEmail, LifecycleStatus lifecycle,
    boolean withYankedReleases) {

  /** The license value that asks for packages without any license. */
  public static final String NO_LICENSE = "";

  public static final PackageFilter NONE = new PackageFilter(null, null, null, null, false);

  public boolean isEmpty() {
    return equals(NONE);
  }
}
