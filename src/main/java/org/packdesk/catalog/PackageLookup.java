package org.packdesk.catalog;

import io.ebean.Database;
import java.util.ArrayList;
import java.util.List;
import org.packdesk.model.Package;
import org.packdesk.model.query.QPackage;

/**
 * Short lists of packages: suggestions for a package chooser, and the packages of a language or
 * a license for their detail panes.
 */
public final class PackageLookup {

  /** How many suggestions a chooser shows: enough to pick from, few enough to read. */
  public static final int SUGGESTIONS = 20;

  private final Database database;

  public PackageLookup(Database database) {
    this.database = database;
  }

  /**
   * Packages for a chooser: those whose id starts with what was typed (the exact name first),
   * then those whose name contains every word of it; at most {@code limit}.
   */
  public List<PackageRef> suggest(String text, int limit) {
    String typed = text == null ? "" : text.trim();
    List<PackageRef> found = new ArrayList<>(refs(select().id.startsWith(Package.normalize(typed))
        .orderBy().id.asc().setMaxRows(limit)));
    if (found.size() < limit && !typed.isEmpty()) {
      QPackage containing = select().id.notIn(found.stream().map(PackageRef::id).toList());
      for (String word : SearchWords.of(typed)) {
        containing.name.icontains(word);
      }
      found.addAll(refs(containing.orderBy().id.asc().setMaxRows(limit - found.size())));
    }
    return found;
  }

  /** The packages that declare {@code language}, by id; at most {@code limit}. */
  public List<PackageRef> withLanguage(String language, int limit) {
    return refs(select().languages.id.eq(language).orderBy().id.asc().setMaxRows(limit));
  }

  /** The packages under {@code license}, by id; at most {@code limit}. */
  public List<PackageRef> withLicense(String license, int limit) {
    return refs(select().license.id.eq(license).orderBy().id.asc().setMaxRows(limit));
  }

  private QPackage select() {
    QPackage p = QPackage.alias();
    return new QPackage(database).select(p.id, p.name, p.summary);
  }

  private static List<PackageRef> refs(QPackage query) {
    return query.findList().stream().map(p -> new PackageRef(p.getId(), p.getName(), p.getSummary())).toList();
  }
}
