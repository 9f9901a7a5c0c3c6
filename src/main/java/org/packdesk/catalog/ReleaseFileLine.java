package org.packdesk.catalog;

import java.time.Instant;

/** One distribution file of a release, as the package detail lists it. */
public record ReleaseFileLine(long id, String filename, String packagetype, String pythonVersion, Long size,
    String sha256, String md5, String url, Instant uploadTime) {
}
