package org.packdesk.catalog.edit;

import java.util.function.BiConsumer;
import java.util.function.Function;
import org.packdesk.model.LifecycleStatus;
import org.packdesk.model.License;
import org.packdesk.model.Package;

/** The fields of a package a curator edits, with how to read and write each. */
public enum PackageField {
  SUMMARY("Summary", Package::getSummary, (p, v) -> p.setSummary((String) v)),
  DESCRIPTION("Description", Package::getDescription, (p, v) -> p.setDescription((String) v)),
  HOME_PAGE("Home page", Package::getHomePage, (p, v) -> p.setHomePage((String) v)),
  DOCS_URL("Documentation", Package::getDocsUrl, (p, v) -> p.setDocsUrl((String) v)),
  PACKAGE_URL("Package page", Package::getPackageUrl, (p, v) -> p.setPackageUrl((String) v)),
  DOWNLOAD_URL("Download URL", Package::getDownloadUrl, (p, v) -> p.setDownloadUrl((String) v)),
  AUTHOR_NAME("Author", Package::getAuthorName, (p, v) -> p.setAuthorName((String) v)),
  AUTHOR_EMAIL("Author e-mail", Package::getAuthorEmail, (p, v) -> p.setAuthorEmail((String) v)),
  KEYWORDS("Keywords", Package::getKeywords, (p, v) -> p.setKeywords((String) v)),
  REQUIRES_PYTHON("Requires Python", Package::getRequiresPython, (p, v) -> p.setRequiresPython((String) v)),
  /** The license's id (its name); the license must exist. */
  LICENSE("License", p -> p.getLicense() == null ? null : p.getLicense().getId(), null),
  LIFECYCLE("Lifecycle", Package::getLifecycle, (p, v) -> p.setLifecycle((LifecycleStatus) v)),
  LIFECYCLE_NOTE("Lifecycle note", Package::getLifecycleNote, (p, v) -> p.setLifecycleNote((String) v));

  private final String label;
  private final Function<Package, Object> getter;
  private final BiConsumer<Package, Object> setter;

  PackageField(String label, Function<Package, ?> getter, BiConsumer<Package, Object> setter) {
    this.label = label;
    this.getter = getter::apply;
    this.setter = setter;
  }

  public String label() {
    return label;
  }

  public Object get(Package p) {
    return getter.apply(p);
  }

  /** Sets the value; the license is set by reference through {@code db}. */
  void set(io.ebean.Database db, Package p, Object value) {
    if (this == LICENSE) {
      p.setLicense(value == null ? null : db.reference(License.class, (String) value));
    } else {
      setter.accept(p, value);
    }
  }
}
