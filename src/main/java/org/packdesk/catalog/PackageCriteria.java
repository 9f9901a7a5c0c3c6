package org.packdesk.catalog;

import java.util.ArrayList;
import java.util.List;
import org.packdesk.catalog.paging.SqlCriteria;
import org.packdesk.model.User;

/**
 * The packages table's "where" for the pager: the words of the search box over name and summary
 * (each word in either, as {@link PackageSearch} matches them) and the {@link PackageFilter}.
 * A query engine plugs in by producing its own {@link SqlCriteria} over the alias {@code p}.
 */
public final class PackageCriteria {

  private PackageCriteria() {
  }

  public static SqlCriteria of(String text, PackageFilter filter) {
    SqlCriteria words = SqlPatterns.everyWord(text, "p.name", "p.summary");
    List<String> conditions = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    if (PackageFilter.NO_LICENSE.equals(filter.license())) {
      conditions.add("p.license_id is null");
    } else if (filter.license() != null) {
      conditions.add("p.license_id = ?");
      parameters.add(filter.license());
    }
    if (filter.language() != null) {
      conditions.add("exists (select 1 from package_languages pl where pl.package_id = p.id and pl.language_id = ?)");
      parameters.add(filter.language());
    }
    if (filter.maintainerEmail() != null) {
      conditions.add("exists (select 1 from maintainers m join users u on u.id = m.user_id"
          + " where m.package_id = p.id and u.email_key = ?)");
      parameters.add(User.emailKey(filter.maintainerEmail()));
    }
    if (filter.lifecycle() != null) {
      conditions.add("p.lifecycle = ?");
      parameters.add(filter.lifecycle().dbValue());
    }
    if (filter.withYankedReleases()) {
      conditions.add("exists (select 1 from releases yr where yr.package_id = p.id and yr.yanked = true)");
    }
    return words.and(new SqlCriteria(String.join(" and ", conditions), parameters));
  }
}
