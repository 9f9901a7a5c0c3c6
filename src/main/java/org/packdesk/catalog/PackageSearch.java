package org.packdesk.catalog;

import io.ebean.Database;
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

  /**
   * The table rows of {@code ids}, in that order (ids of packages that no longer exist are left
   * out). The latest version and the maintainer count are the package's stored totals (kept by
   * {@link CatalogTotals}), as the paged table shows them.
   */
  public List<PackageRow> rowsFor(List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<String, Package> packages = new HashMap<>();
    new QPackage(database)
        .select(QPackage.alias().id, QPackage.alias().name, QPackage.alias().summary,
            QPackage.alias().lastUpdated, QPackage.alias().license.id, QPackage.alias().latestVersion,
            QPackage.alias().maintainerCount, QPackage.alias().downloadTotal)
        .id.in(ids)
        .findEach(p -> packages.put(p.getId(), p));
    return ids.stream().map(packages::get).filter(Objects::nonNull)
        .map(p -> new PackageRow(p.getId(), p.getName(), p.getSummary(), p.getLatestVersion(),
            p.getLicense() == null ? null : p.getLicense().getId(), p.getLastUpdated(), p.getMaintainerCount(),
            p.getDownloadTotal()))
        .toList();
  }
}
