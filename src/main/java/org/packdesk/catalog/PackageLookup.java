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

  /** Up to this many times the rows asked for, a language's packages are read from its side and sorted. */
  private static final int FEW_TIMES = 10;

  private final Database database;
  private final LanguageQueries languages;

  public PackageLookup(Database database) {
    this.database = database;
    this.languages = new LanguageQueries(database);
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

  /**
   * The packages that declare {@code language}, by id; at most {@code limit}. A language few
   * packages declare is read from its side of the join and sorted; a common one ("Python :: 3",
   * declared by most of the catalog) by walking the packages in id order until {@code limit} of
   * them declare it, as sorting hundreds of thousands of join rows for the first page took seconds.
   */
  public List<PackageRef> withLanguage(String language, int limit) {
    if (languages.packageCount(language) <= (long) limit * FEW_TIMES) {
      return refs(select().languages.id.eq(language).orderBy().id.asc().setMaxRows(limit));
    }
    return database.sqlQuery("select p.id, p.name, p.summary from packages p where exists (select 1"
            + " from package_languages pl where pl.package_id = p.id and pl.language_id = :language)"
            + " order by p.id")
        .setParameter("language", language)
        .setMaxRows(limit)
        .mapTo((rs, n) -> new PackageRef(rs.getString(1), rs.getString(2), rs.getString(3)))
        .findList();
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
