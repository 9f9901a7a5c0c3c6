package org.packdesk.importer;

/** What importing one file added or changed in the catalog. */
public record FileCounts(boolean newPackage, int releases, int newReleases, int files, int newFiles,
    int newUsers, int newMaintainers, int newLanguages, int newLicenses, int skippedVersions) {
}
