package org.packdesk.catalog.edit;

import io.ebean.Database;
import java.util.List;
import java.util.Objects;
import org.packdesk.model.License;

/**
 * Sets a license's description (for a custom license, its whole text). When the license changed
 * since the curator read it at {@code readVersion}, and its description is neither what they
 * read nor what they want, nothing is written and the conflict is reported.
 */
public final class SetLicenseDescription implements Change {

  private final String licenseId;
  private final Long readVersion;
  private final String description;

  /**
   * @param readVersion the license's version as the curator read it; null writes regardless
   * @param description the new description; blank clears it
   */
  public SetLicenseDescription(String licenseId, Long readVersion, String description) {
    this.licenseId = licenseId;
    this.readVersion = readVersion;
    this.description = description == null || description.isBlank() ? null : description;
  }

  @Override
  public Change apply(Database db) throws ConflictException {
    License license = db.find(License.class, licenseId);
    if (license == null) {
      throw new RuleViolation("There is no license " + licenseId + " any more.");
    }
    String stored = license.getDescription();
    if (readVersion != null && license.getVersion() != readVersion && !Objects.equals(stored, description)) {
      throw new ConflictException("The description of " + licenseId + " was changed by someone else since you opened it.",
          List.of(new ConflictException.FieldConflict("Description", description, stored)), license.getVersion());
    }
    license.setDescription(description);
    db.update(license);
    return new SetLicenseDescription(licenseId, license.getVersion(), stored);
  }

  @Override
  public String description() {
    return description == null ? "Clear the description of license " + licenseId
        : "Edit the description of license " + licenseId;
  }

  @Override
  public String action() {
    return "update";
  }

  @Override
  public String entity() {
    return "license";
  }

  @Override
  public String entityId() {
    return licenseId;
  }
}
