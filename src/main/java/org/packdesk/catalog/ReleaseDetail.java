package org.packdesk.catalog;

import java.time.Instant;
import java.util.List;

/**
 * One release as the Releases section's detail pane shows it: what it is, whether it is yanked,
 * its files, and its downloads from the {@code download_release_days} rollup (in all, and in the 30 days
 * up to today). {@code requiresPython} is the package's, the catalog keeps none per release.
 */
public record ReleaseDetail(long id, String packageId, String packageName, String version, boolean pep440,
    Instant created, String requiresPython, boolean yanked, String yankedReason, List<ReleaseFileLine> files,
    long downloads, long recentDownloads) {

  /** How the journal and the dialogs name the release: "requests 2.18.4". */
  public String label() {
    return packageName + " " + version;
  }
}
