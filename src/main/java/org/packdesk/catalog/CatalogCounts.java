package org.packdesk.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

/** Row counts of the catalog's tables. */
public record CatalogCounts(long packages, long releases, long releaseFiles, long users,
    long maintainers, long languages, long licenses, long downloads, long auditEntries) {

  public static final CatalogCounts EMPTY = new CatalogCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

  public boolean isEmpty() {
    return packages == 0 && users == 0 && downloads == 0;
  }

  /** Counts by their public names, in a stable order (used by {@code info} and its JSON). */
  public Map<String, Long> asMap() {
    Map<String, Long> map = new LinkedHashMap<>();
    map.put("packages", packages);
    map.put("releases", releases);
    map.put("releaseFiles", releaseFiles);
    map.put("users", users);
    map.put("maintainers", maintainers);
    map.put("languages", languages);
    map.put("licenses", licenses);
    map.put("downloads", downloads);
    map.put("auditEntries", auditEntries);
    return map;
  }
}
