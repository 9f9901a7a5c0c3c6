package org.packdesk.importer;

import java.time.Instant;
import java.util.List;

/**
 * A PyPI document checked and turned into what the catalog stores: names normalised, versions
 * parsed, the license normalised, people paired with their addresses. Nothing here touches the
 * database; {@link ProjectWriter} persists it.
 */
public record ImportedProject(
    String id,
    String name,
    String summary,
    String description,
    String homePage,
    String docsUrl,
    String packageUrl,
    String downloadUrl,
    String authorName,
    String authorEmail,
    String licenseText,
    NormalizedLicense license,
    String keywords,
    String requiresPython,
    List<String> classifiers,
    List<String> languages,
    List<Person> owners,
    List<Person> maintainers,
    List<ImportedRelease> releases,
    List<String> skippedVersions,
    Instant createdDate,
    Instant lastUpdated) {

  /** A version with at least one file. */
  public record ImportedRelease(String version, Instant createdDate, String url, Long size, String comment,
      List<ImportedFile> files) {
  }

  /** One distribution file. */
  public record ImportedFile(String filename, String packagetype, String pythonVersion, Long size,
      String sha256, String md5, String url, Instant uploadTime, String comment, boolean hasSig) {
  }

  public int fileCount() {
    return releases.stream().mapToInt(r -> r.files().size()).sum();
  }
}
