package org.packdesk.catalog.edit;

import io.ebean.Database;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.packdesk.catalog.UsageCounts;
import org.packdesk.model.License;
import org.packdesk.model.Package;

/**
 * Sets some fields of a package, as edited from the version the curator read. When the package
 * changed since, only fields changed on both sides conflict; otherwise the edit goes through.
 */
public final class SetPackageFields implements Change {

  private final String packageId;
  private final long readVersion;
  private final Map<PackageField, Object> before;
  private final Map<PackageField, Object> after;

  /**
   * @param before the values as the curator read them (for conflict checks and the journal)
   * @param after the values wanted; only fields that differ from {@code before} are written
   */
  public SetPackageFields(String packageId, long readVersion, Map<PackageField, Object> before,
      Map<PackageField, Object> after) {
    this.packageId = packageId;
    this.readVersion = readVersion;
    this.before = new EnumMap<>(PackageField.class);
    this.after = new EnumMap<>(PackageField.class);
    after.forEach((field, value) -> {
      if (!Objects.equals(value, before.get(field))) {
        this.before.put(field, before.get(field));
        this.after.put(field, value);
      }
    });
  }

  @Override
  public boolean isEmpty() {
    return after.isEmpty();
  }

  /** The same edit, taking the stored values as read: it overwrites the other side (the curator chose "mine"). */
  public SetPackageFields rebasedOn(Package current) {
    Map<PackageField, Object> now = new EnumMap<>(PackageField.class);
    after.keySet().forEach(f -> now.put(f, f.get(current)));
    return new SetPackageFields(packageId, current.getVersion(), now, after);
  }

  @Override
  public Change apply(Database db) throws ConflictException {
    Package pkg = db.find(Package.class, packageId);
    if (pkg == null) {
      throw new RuleViolation("The package " + packageId + " no longer exists: it was deleted meanwhile.");
    }
    if (pkg.getVersion() != readVersion) {
      List<ConflictException.FieldConflict> conflicts = new ArrayList<>();
      for (Map.Entry<PackageField, Object> e : after.entrySet()) {
        Object stored = e.getKey().get(pkg);
        if (!Objects.equals(stored, before.get(e.getKey())) && !Objects.equals(stored, e.getValue())) {
          conflicts.add(new ConflictException.FieldConflict(e.getKey().label(), e.getValue(), stored));
        }
      }
      if (!conflicts.isEmpty()) {
        throw new ConflictException(pkg.getName() + " was changed by someone else since you opened it.",
            conflicts, pkg.getVersion());
      }
    }
    Object summary = after.get(PackageField.SUMMARY);
    if (after.containsKey(PackageField.SUMMARY) && (summary == null || summary.toString().isBlank())) {
      throw new RuleViolation("A package needs a summary.");
    }
    Object license = after.get(PackageField.LICENSE);
    if (license != null && db.find(License.class, license) == null) {
      throw new RuleViolation("There is no license " + license + " in the catalog.");
    }
    Map<PackageField, Object> stored = new EnumMap<>(PackageField.class);
    after.forEach((field, value) -> {
      stored.put(field, field.get(pkg));
      field.set(db, pkg, value);
    });
    db.update(pkg);
    if (after.containsKey(PackageField.LICENSE)) {
      UsageCounts.recount(db, Arrays.asList((String) stored.get(PackageField.LICENSE), (String) license), List.of());
    }
    return new SetPackageFields(packageId, pkg.getVersion(), after, stored);
  }

  @Override
  public String description() {
    return "Edit " + packageId + ": " + after.keySet().stream()
        .map(f -> f.label() + " " + shorten(before.get(f)) + " \u2192 " + shorten(after.get(f)))
        .collect(Collectors.joining("; "));
  }

  private static String shorten(Object value) {
    if (value == null) {
      return "(none)";
    }
    String text = value.toString().replaceAll("\\s+", " ");
    return "\u201c" + (text.length() > 60 ? text.substring(0, 59) + "\u2026" : text) + "\u201d";
  }

  @Override
  public String action() {
    return "update";
  }

  @Override
  public String entity() {
    return "package";
  }

  @Override
  public String entityId() {
    return packageId;
  }
}
