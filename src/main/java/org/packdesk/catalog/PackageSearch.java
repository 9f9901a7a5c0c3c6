package org.packdesk.catalog;

import io.ebean.Database;
import io.ebean.SqlRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.packdesk.model.Package;
import org.packdesk.model.query.QPackage;

/** Finds packages by free text over their name and summary. */
public final class PackageSearch {

  private final Database database;

  public PackageSearch(Database database) {
    this.database = database;
  }

  /** Packages whose name or summary contains every word of {@code text}, by name; at most {@code limit}. */
  public List<PackageRow> search(String text, int limit) {
    return search(text, PackageFilter.NONE, limit);
  }

  /** As {@link #search(String, int)}, narrowed by {@code filter}. */
  public List<PackageRow> search(String text, PackageFilter filter, int limit) {
    QPackage query = new QPackage(database)
        .select(QPackage.alias().id, QPackage.alias().name, QPackage.alias().summary,
            QPackage.alias().lastUpdated, QPackage.alias().license.id)
        .orderBy().id.asc()
        .setMaxRows(limit);
    for (String word : SearchWords.of(text)) {
      query.or().name.icontains(word).summary.icontains(word).endOr();
    }
    narrow(query, filter);
    return rows(query.findList());
  }

  private List<PackageRow> rows(List<Package> packages) {
    if (packages.isEmpty()) {
      return List.of();
    }
    List<String> ids = packages.stream().map(Package::getId).toList();
    Map<String, String> latest = latestVersions(ids);
    Map<String, Integer> maintainers = maintainerCounts(ids);
    return packages.stream().map(p -> new PackageRow(p.getId(), p.getName(), p.getSummary(),
        latest.get(p.getId()), p.getLicense() == null ? null : p.getLicense().getId(),
        p.getLastUpdated(), maintainers.getOrDefault(p.getId(), 0))).toList();
  }

  /** The table rows of {@code ids}, in that order (ids of packages that no longer exist are left out). */
  public List<PackageRow> rowsFor(List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<String, Package> packages = new HashMap<>();
    new QPackage(database)
        .select(QPackage.alias().id, QPackage.alias().name, QPackage.alias().summary,
            QPackage.alias().lastUpdated, QPackage.alias().license.id)
        .id.in(ids)
        .findEach(p -> packages.put(p.getId(), p));
    return rows(ids.stream().map(packages::get).filter(java.util.Objects::nonNull).toList());
  }

  /** What the filters can offer: the licenses and languages that packages use, most used first. */
  public record FilterChoices(List<String> licenses, List<String> languages) {
  }

  public FilterChoices filterChoices() {
    List<String> licenses = database.sqlQuery("select license_id from packages where license_id is not null"
        + " group by license_id order by count(*) desc, license_id").mapToScalar(String.class).findList();
    List<String> languages = database.sqlQuery("select language_id from package_languages"
        + " group by language_id order by count(*) desc, language_id").mapToScalar(String.class).findList();
    return new FilterChoices(licenses, languages);
  }

  private void narrow(QPackage query, PackageFilter filter) {
    if (PackageFilter.NO_LICENSE.equals(filter.license())) {
      query.license.isNull();
    } else if (filter.license() != null) {
      query.license.id.eq(filter.license());
    }
    if (filter.language() != null) {
      query.languages.id.eq(filter.language());
    }
    if (filter.maintainerEmail() != null) {
      query.maintainers.user.emailKey.eq(org.packdesk.model.User.emailKey(filter.maintainerEmail()));
    }
    if (filter.lifecycle() != null) {
      query.lifecycle.eq(filter.lifecycle());
    }
    if (filter.withYankedReleases()) {
      query.releases.yanked.isTrue();
    }
  }

  /** The newest version of each package by PEP 440 order (the greatest sort key). */
  private Map<String, String> latestVersions(List<String> ids) {
    Map<String, String> latest = new HashMap<>();
    List<SqlRow> rows = database.sqlQuery(
            "select r.package_id, r.version_string from releases r where r.package_id in (:ids)"
                + " and r.sort_key = (select max(x.sort_key) from releases x where x.package_id = r.package_id)")
        .setParameter("ids", ids)
        .findList();
    for (SqlRow row : rows) {
      latest.put(row.getString("package_id"), row.getString("version_string"));
    }
    return latest;
  }

  private Map<String, Integer> maintainerCounts(List<String> ids) {
    Map<String, Integer> counts = new HashMap<>();
    database.sqlQuery("select package_id, count(*) as n from maintainers where package_id in (:ids) group by package_id")
        .setParameter("ids", ids)
        .findEach(row -> counts.put(row.getString("package_id"), row.getInteger("n")));
    return counts;
  }
}
