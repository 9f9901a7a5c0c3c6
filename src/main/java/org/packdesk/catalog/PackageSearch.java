package org.packdesk.catalog;

import io.ebean.Database;
import io.ebean.SqlRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.packdesk.model.Package;
import org.packdesk.model.query.QPackage;

/**
 * The packages table's rows for the ids a search found (see {@code catalog.search.CatalogSearch}):
 * name, summary, newest version, license, last update and maintainer count.
 */
public final class PackageSearch {

  private final Database database;

  public PackageSearch(Database database) {
    this.database = database;
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
    List<Package> found = ids.stream().map(packages::get).filter(Objects::nonNull).toList();
    Map<String, String> latest = latestVersions(ids);
    Map<String, Integer> maintainers = maintainerCounts(ids);
    return found.stream().map(p -> new PackageRow(p.getId(), p.getName(), p.getSummary(),
        latest.get(p.getId()), p.getLicense() == null ? null : p.getLicense().getId(),
        p.getLastUpdated(), maintainers.getOrDefault(p.getId(), 0))).toList();
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
