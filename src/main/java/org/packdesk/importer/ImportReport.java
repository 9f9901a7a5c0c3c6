package org.packdesk.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The outcome of importing a set of files: totals, and every rejected file with its reason. */
public final class ImportReport {

  /** A file that was not imported, and why. */
  public record Rejected(Path file, String reason) {
    @Override
    public String toString() {
      return file.getFileName() + ": " + reason;
    }
  }

  private int files;
  private int imported;
  private int packages;
  private int newPackages;
  private int releases;
  private int newReleases;
  private int releaseFiles;
  private int newReleaseFiles;
  private int newUsers;
  private int newMaintainers;
  private int newLanguages;
  private int newLicenses;
  private int skippedVersions;
  private boolean cancelled;
  private final List<Rejected> rejected = new ArrayList<>();

  void add(FileCounts c) {
    files++;
    imported++;
    packages++;
    newPackages += c.newPackage() ? 1 : 0;
    releases += c.releases();
    newReleases += c.newReleases();
    releaseFiles += c.files();
    newReleaseFiles += c.newFiles();
    newUsers += c.newUsers();
    newMaintainers += c.newMaintainers();
    newLanguages += c.newLanguages();
    newLicenses += c.newLicenses();
    skippedVersions += c.skippedVersions();
  }

  void reject(Path file, String reason) {
    files++;
    rejected.add(new Rejected(file, reason));
  }

  void markCancelled() {
    cancelled = true;
  }

  /** Files looked at (imported or rejected); fewer than chosen when cancelled. */
  public int files() {
    return files;
  }

  public int imported() {
    return imported;
  }

  /** Packages written (new or updated). */
  public int packages() {
    return packages;
  }

  public int newPackages() {
    return newPackages;
  }

  public int releases() {
    return releases;
  }

  public int newReleases() {
    return newReleases;
  }

  public int releaseFiles() {
    return releaseFiles;
  }

  public int newReleaseFiles() {
    return newReleaseFiles;
  }

  public int newUsers() {
    return newUsers;
  }

  public int newMaintainers() {
    return newMaintainers;
  }

  public int newLanguages() {
    return newLanguages;
  }

  public int newLicenses() {
    return newLicenses;
  }

  /** Versions listed without any file, hence not imported. */
  public int skippedVersions() {
    return skippedVersions;
  }

  public boolean cancelled() {
    return cancelled;
  }

  public List<Rejected> rejected() {
    return Collections.unmodifiableList(rejected);
  }

  /** The summary as label/value lines, the same for the CLI and the import dialog. */
  public List<String[]> summaryLines() {
    List<String[]> lines = new ArrayList<>();
    lines.add(line("Files", String.format("%,d imported, %,d rejected%s", imported, rejected.size(),
        cancelled ? " (cancelled before the end)" : "")));
    lines.add(line("Packages", String.format("%,d (%,d new)", packages, newPackages)));
    lines.add(line("Releases", String.format("%,d (%,d new)", releases, newReleases)));
    lines.add(line("Release files", String.format("%,d (%,d new)", releaseFiles, newReleaseFiles)));
    lines.add(line("Users", String.format("%,d new", newUsers)));
    lines.add(line("Maintainers", String.format("%,d new", newMaintainers)));
    lines.add(line("Languages", String.format("%,d new", newLanguages)));
    lines.add(line("Licenses", String.format("%,d new", newLicenses)));
    lines.add(line("Skipped versions", String.format("%,d (listed without any file)", skippedVersions)));
    return lines;
  }

  private static String[] line(String label, String value) {
    return new String[] {label, value};
  }
}
