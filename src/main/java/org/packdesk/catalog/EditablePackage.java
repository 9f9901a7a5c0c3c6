package org.packdesk.catalog;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.packdesk.catalog.edit.PackageField;

/**
 * A package's editable fields as a curator opens them: the values read (null where a field is
 * empty), the row version they were read at, and the licenses the catalog has to choose from.
 */
public record EditablePackage(String id, String name, long version, Map<PackageField, Object> values,
    List<String> licenseIds) {

  public EditablePackage {
    values = Collections.unmodifiableMap(new EnumMap<>(values));
    licenseIds = List.copyOf(licenseIds);
  }

  public Object value(PackageField field) {
    return values.get(field);
  }
}
