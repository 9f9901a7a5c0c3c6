package org.packdesk.catalog;

import org.packdesk.importer.Pep440Version;
import org.packdesk.model.Package;
import org.packdesk.model.Release;

/** Keeps a release's parsed version columns in step with its version string. */
public final class ReleaseVersions {

  private ReleaseVersions() {
  }

  /** A new release of {@code pkg} with its version parsed; not yet saved. */
  public static Release newRelease(Package pkg, String versionString) {
    Release release = new Release(pkg, versionString);
    apply(release, Pep440Version.parse(versionString));
    return release;
  }

  /** Sets the string and every column derived from it. */
  public static void setVersion(Release release, String versionString) {
    release.setVersionString(versionString);
    apply(release, Pep440Version.parse(versionString));
  }

  /** The epoch column: null for the usual epoch 0 (and for legacy versions). */
  public static Integer epochColumn(Pep440Version v) {
    return v.isValid() && v.epoch() != 0 ? (int) Math.min(v.epoch(), Integer.MAX_VALUE) : null;
  }

  private static void apply(Release release, Pep440Version v) {
    release.setPep440(v.isValid());
    release.setMajor(v.segment(0));
    release.setMinor(v.segment(1));
    release.setBuild(v.segment(2));
    release.setEpoch(epochColumn(v));
    release.setPreLabel(v.preLabel());
    release.setPreNumber(v.preNumber());
    release.setPostNumber(v.postNumber());
    release.setDevNumber(v.devNumber());
    release.setSortKey(v.sortKey());
  }
}
