package org.packdesk.importer;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.packdesk.importer.ImportedProject.ImportedFile;
import org.packdesk.importer.ImportedProject.ImportedRelease;
import org.packdesk.model.Package;

/** Checks a {@link PypiJsonDocument} against the import rules and maps it to an {@link ImportedProject}. */
public final class PypiProjectMapper {

  private static final Pattern VALID_NAME = Pattern.compile("^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$",
      Pattern.CASE_INSENSITIVE);
  private static final String LANGUAGE_PREFIX = "Programming Language ::";

  private final LicenseNormalizer licenses = new LicenseNormalizer();

  public ImportedProject map(PypiJsonDocument doc) throws RejectedFileException {
    PypiJsonDocument.Info info = doc.info();
    if (info == null) {
      throw new RejectedFileException("has no 'info' object: it is not a PyPI JSON API document");
    }
    String name = firstNonBlank(doc.packageName(), info.name());
    if (name == null) {
      throw new RejectedFileException("names no package (neither 'package_name' nor 'info.name' is set)");
    }
    name = name.trim();
    limit("package name", name, 200);
    if (!VALID_NAME.matcher(name).matches()) {
      throw new RejectedFileException("names the package '" + name + "', which is not a valid Python package name");
    }
    List<String> classifiers = info.classifiers() == null ? List.of()
        : info.classifiers().stream().filter(Objects::nonNull).map(String::trim).filter(c -> !c.isEmpty()).toList();
    String licenseText = blankToNull(info.license());

    List<ImportedRelease> releases = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    Set<String> filenames = new HashSet<>();
    Map<String, List<PypiJsonDocument.File>> published = doc.releases() == null ? Map.of() : doc.releases();
    for (Map.Entry<String, List<PypiJsonDocument.File>> entry : published.entrySet()) {
      String version = entry.getKey();
      limit("a version key ('" + abbreviate(version) + "')", version, 128);
      if (version.isBlank()) {
        throw new RejectedFileException("has a release with an empty version");
      }
      List<PypiJsonDocument.File> files = entry.getValue() == null ? List.of()
          : entry.getValue().stream().filter(Objects::nonNull).toList();
      if (files.isEmpty()) {
        skipped.add(version);
        continue;
      }
      releases.add(release(version, files, filenames));
    }
    Instant created = releases.stream().map(ImportedRelease::createdDate).filter(Objects::nonNull)
        .min(Comparator.naturalOrder()).orElse(null);
    Instant updated = releases.stream().flatMap(r -> r.files().stream()).map(ImportedFile::uploadTime)
        .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);

    List<Person> owners = PersonParser.parse(info.author(), info.authorEmail());
    Set<String> ownerKeys = new HashSet<>();
    owners.forEach(p -> ownerKeys.add(p.email().toLowerCase(java.util.Locale.ROOT)));
    List<Person> maintainers = PersonParser.parse(info.maintainer(), info.maintainerEmail()).stream()
        .filter(p -> !ownerKeys.contains(p.email().toLowerCase(java.util.Locale.ROOT))).toList();

    return new ImportedProject(
        Package.normalize(name), name,
        limit("summary", Objects.requireNonNullElse(blankToNull(info.summary()), ""), 512),
        blankToNull(info.description()),
        limit("home_page", blankToNull(info.homePage()), 1000),
        limit("docs_url", blankToNull(info.docsUrl()), 1000),
        limit("package_url", blankToNull(info.packageUrl()), 1000),
        limit("download_url", blankToNull(info.downloadUrl()), 1000),
        limit("author", blankToNull(info.author()), 1000),
        limit("author_email", blankToNull(info.authorEmail()), 1000),
        licenseText,
        licenses.normalize(licenseText, classifiers, name),
        limit("keywords", blankToNull(info.keywords()), 1000),
        limit("requires_python", blankToNull(info.requiresPython()), 200),
        classifiers,
        languages(classifiers),
        owners, maintainers, releases, skipped, created, updated, null, null);
  }

  private ImportedRelease release(String version, List<PypiJsonDocument.File> published, Set<String> seen)
      throws RejectedFileException {
    List<ImportedFile> files = new ArrayList<>();
    boolean yanked = false;
    String yankedReason = null;
    for (PypiJsonDocument.File f : published) {
      String where = "release " + version;
      String filename = blankToNull(f.filename());
      if (filename == null) {
        throw new RejectedFileException(where + " has a file without a filename");
      }
      filename = filename.trim();
      limit(where + ": filename", filename, 255);
      where += ", file " + filename;
      if (!seen.add(filename)) {
        throw new RejectedFileException("lists the file " + filename + " twice");
      }
      if (f.size() != null && f.size() < 0) {
        throw new RejectedFileException(where + ": size " + f.size() + " is negative");
      }
      String sha256 = f.digests() == null ? null : blankToNull(f.digests().sha256());
      String md5 = firstNonBlank(f.digests() == null ? null : f.digests().md5(), f.md5Digest());
      files.add(new ImportedFile(filename,
          limit(where + ": packagetype", blankToNull(f.packagetype()), 32),
          limit(where + ": python_version", blankToNull(f.pythonVersion()), 64),
          f.size(),
          limit(where + ": sha256", sha256, 64),
          limit(where + ": md5", md5, 32),
          limit(where + ": url", blankToNull(f.url()), 1000),
          parseTime(where, f.uploadTime()),
          limit(where + ": comment_text", blankToNull(f.commentText()), 2000),
          Boolean.TRUE.equals(f.hasSig())));
      // PyPI yanks a release whole, so its files agree; should they not, one yanked file is enough
      if (Boolean.TRUE.equals(f.yanked())) {
        yanked = true;
        yankedReason = yankedReason == null ? limit(where + ": yanked_reason", blankToNull(f.yankedReason()), 1000)
            : yankedReason;
      }
    }
    files.sort(Comparator.comparing(ImportedFile::uploadTime, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(ImportedFile::filename));
    ImportedFile primary = files.stream().filter(f -> "sdist".equals(f.packagetype())).findFirst().orElse(files.get(0));
    Instant created = files.stream().map(ImportedFile::uploadTime).filter(Objects::nonNull)
        .min(Comparator.naturalOrder()).orElse(null);
    return new ImportedRelease(version, created, primary.url(), primary.size(), primary.comment(), List.copyOf(files),
        yanked, yankedReason);
  }

  /** {@code Programming Language :: Python :: 3.6} -> {@code Python :: 3.6}; distinct, in order. */
  public static List<String> languages(List<String> classifiers) {
    Set<String> languages = new LinkedHashSet<>();
    for (String classifier : classifiers) {
      if (classifier.startsWith(LANGUAGE_PREFIX)) {
        String path = classifier.substring(LANGUAGE_PREFIX.length()).trim().replaceAll("\\s*::\\s*", " :: ");
        if (!path.isEmpty() && path.length() <= 200) {
          languages.add(path);
        }
      }
    }
    return List.copyOf(languages);
  }

  /** PyPI writes {@code 2017-08-15T13:23:43} in UTC; offsets and a trailing Z are accepted too. */
  static Instant parseTime(String where, String text) throws RejectedFileException {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.trim().replace(' ', 'T');
    try {
      return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException notLocal) {
      try {
        return OffsetDateTime.parse(t).toInstant();
      } catch (DateTimeParseException e) {
        throw new RejectedFileException(where + ": upload_time '" + abbreviate(text) + "' is not a date and time", e);
      }
    }
  }

  private static String limit(String what, String value, int max) throws RejectedFileException {
    if (value != null && value.length() > max) {
      throw new RejectedFileException(String.format("%s is %,d characters long; the catalog keeps at most %,d",
          what, value.length(), max));
    }
    return value;
  }

  private static String abbreviate(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "\u2026" : text;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String firstNonBlank(String a, String b) {
    return blankToNull(a) != null ? a : blankToNull(b);
  }
}
