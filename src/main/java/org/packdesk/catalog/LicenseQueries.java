package org.packdesk.catalog;

import io.ebean.Database;
import java.util.Optional;
import org.packdesk.model.License;

/** A license's whole description, and the summary line its row in the table shows (see {@link LicensePager}). */
public final class LicenseQueries {

  /** A summary line is cut here: enough for a table cell, never a whole custom license text. */
  static final int SUMMARY_LENGTH = 200;

  private final Database database;

  public LicenseQueries(Database database) {
    this.database = database;
  }

  /** The first non-blank line of a description, shortened to a cell's worth. */
  static String summary(String description) {
    if (description == null) {
      return null;
    }
    String line = description.strip().lines().findFirst().orElse("").strip();
    return line.length() <= SUMMARY_LENGTH ? line : line.substring(0, SUMMARY_LENGTH - 1).stripTrailing() + "\u2026";
  }

  /** The license {@code id} with its whole description, or empty when there is none. */
  public Optional<LicenseDetail> detail(String id) {
    return Optional.ofNullable(database.find(License.class, id))
        .map(license -> new LicenseDetail(license.getId(), license.getDescription(), license.getVersion(),
            license.getPackageCount()));
  }
}
