package org.packdesk.catalog;

import java.time.Instant;
import java.util.List;
import org.packdesk.model.LifecycleStatus;
import org.packdesk.model.MaintainerRole;

/**
 * Everything the package detail shows, read in one go: the package's fields as stored, its
 * maintainers, languages, and releases newest version first with their file and download counts.
 * Immutable, so the UI gets values and never an entity.
 *
 * @param version the row's optimistic-locking version when read
 * @param licenseId the normalised license (an SPDX id or expression), or null
 * @param licenseText the license field exactly as published, or null
 * @param downloads the package's downloads, all releases together
 */
public record PackageDetail(String id, String name, long version, String summary, String description,
    String homePage, String docsUrl, String packageUrl, String downloadUrl,
    String authorName, String authorEmail, String licenseId, String licenseText,
    List<String> languages, List<MaintainerLine> maintainers, String keywords, String requiresPython,
    LifecycleStatus lifecycle, String lifecycleNote, Instant createdDate, Instant lastUpdated,
    List<ReleaseLine> releases, long downloads) {

  public PackageDetail {
    languages = List.copyOf(languages);
    maintainers = List.copyOf(maintainers);
    releases = List.copyOf(releases);
  }

  /** A user with a role on the package. */
  public record MaintainerLine(String name, String email, MaintainerRole role) {
  }

  /**
   * One release as the detail lists it.
   *
   * @param size the release's size, or the sum of its files' sizes where the release has none
   */
  public record ReleaseLine(long id, String version, Instant createdDate, Long size, int files,
      boolean yanked, String yankedReason, long downloads) {
  }

  /** The newest version by PEP 440 order, or null for a package without releases. */
  public String latestVersion() {
    return releases.isEmpty() ? null : releases.get(0).version();
  }

  /** How many of the releases are yanked. */
  public long yankedReleases() {
    return releases.stream().filter(ReleaseLine::yanked).count();
  }
}
