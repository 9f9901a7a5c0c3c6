package org.packdesk.catalog;

import io.ebean.Database;
import java.util.EnumMap;
import java.util.Map;
import org.packdesk.catalog.edit.DeletePackage;
import org.packdesk.catalog.edit.PackageField;
import org.packdesk.catalog.edit.RuleViolation;
import org.packdesk.catalog.edit.SetPackageFields;
import org.packdesk.model.Package;
import org.packdesk.model.query.QLicense;

/**
 * What the package editor and the detail's actions need from the catalog besides the journal:
 * the fields to edit, an edit re-based after a conflict, and what a deletion takes with it.
 */
public final class PackageEditing {

  private final Database database;

  public PackageEditing(Database database) {
    this.database = database;
  }

  /** The package's editable fields as stored now. */
  public EditablePackage read(String packageId) {
    Package pkg = find(packageId);
    Map<PackageField, Object> values = new EnumMap<>(PackageField.class);
    for (PackageField field : PackageField.values()) {
      values.put(field, field.get(pkg));
    }
    QLicense license = QLicense.alias();
    return new EditablePackage(pkg.getId(), pkg.getName(), pkg.getVersion(), values,
        new QLicense(database).select(license.id).orderBy().id.asc().findSingleAttributeList());
  }

  /**
   * {@code change} re-based on the package as stored now, for a curator who chose to keep their
   * values after a conflict: performed, it overwrites the other side.
   */
  public SetPackageFields rebase(SetPackageFields change) {
    return change.rebasedOn(find(change.entityId()));
  }

  /** What deleting the package also deletes, for the curator to confirm. */
  public DeletePackage.DeletionImpact deletionImpact(String packageId) {
    return DeletePackage.DeletionImpact.of(database, packageId);
  }

  private Package find(String packageId) {
    Package pkg = database.find(Package.class, packageId);
    if (pkg == null) {
      throw new RuleViolation("The package " + packageId + " no longer exists: it was deleted meanwhile.");
    }
    return pkg;
  }
}
