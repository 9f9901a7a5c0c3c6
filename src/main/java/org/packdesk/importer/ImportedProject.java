package org.packdesk.importer;

import java.time.Instant;
import java.util.List;
import org.packdesk.model.LifecycleStatus;

/**
 * A PyPI document checked and turned into what the catalog stores: names normalised, versions
 * parsed, the license normalised, people paired with their addresses. Nothing here touches the
 * database; {@link ProjectWriter} persists it. {@code lifecycle} is null when the source does not
 * say where the project stands (PyPI's JSON API does not: its status markers, PEP 792, are in the
 * simple API), and the catalog then keeps what it has; the generator says.
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
    Instant lastUpdated,
    LifecycleStatus lifecycle,
    String lifecycleNote) {

  /** An active project (or one whose standing is not said) has no lifecycle note. */
  public ImportedProject {
    if (lifecycle == null || lifecycle == LifecycleStatus.ACTIVE) {
      lifecycleNote = null;
    }
  }

  /**
   * A version with at least one file.
   *
   * @param yanked whether PyPI says it withdrew it (PEP 592): an import yanks such a release, with
   *     PyPI's reason, but never takes a yank back, which may be a curator's (every release PyPI has
   *     not yanked says {@code "yanked": false}, and documents from before yanks say nothing)
   */
  public record ImportedRelease(String version, Instant createdDate, String url, Long size, String comment,
      List<ImportedFile> files, boolean yanked, String yankedReason) {

    /** Only a yanked release has a yank reason. */
    public ImportedRelease {
      if (!yanked) {
        yankedReason = null;
      }
    }
  }

  /** One distribution file. */
  public record ImportedFile(String filename, String packagetype, String pythonVersion, Long size,
      String sha256, String md5, String url, Instant uploadTime, String comment, boolean hasSig) {
  }

  public int fileCount() {
    return releases.stream().mapToInt(r -> r.files().size()).sum();
  }
}
