package org.packdesk.importer;

import io.ebean.Database;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.packdesk.model.License;
import org.packdesk.model.ProgrammingLanguage;
import org.packdesk.model.query.QLicense;
import org.packdesk.model.query.QProgrammingLanguage;

/** The licenses and languages packages refer to, created (on the caller's transaction) when the catalog lacks them. */
final class CatalogVocabulary {

  private final Database db;

  CatalogVocabulary(Database db) {
    this.db = db;
  }

  /** Creates the licenses the catalog does not have yet; @return how many. */
  int ensureLicenses(Collection<NormalizedLicense> licenses) {
    Map<String, NormalizedLicense> byId = new LinkedHashMap<>();
    licenses.forEach(l -> byId.putIfAbsent(l.id(), l));
    if (byId.isEmpty()) {
      return 0;
    }
    Set<String> existing = new HashSet<>(new QLicense(db).id.in(byId.keySet()).findIds());
    int created = 0;
    for (NormalizedLicense license : byId.values()) {
      if (!existing.contains(license.id())) {
        License row = new License(license.id());
        row.setDescription(license.description());
        db.insert(row);
        created++;
      }
    }
    return created;
  }

  /** Creates the languages the catalog does not have yet; @return how many. */
  int ensureLanguages(Collection<String> names) {
    Set<String> wanted = new LinkedHashSet<>(names);
    if (wanted.isEmpty()) {
      return 0;
    }
    Set<String> existing = new HashSet<>(new QProgrammingLanguage(db).id.in(wanted).findIds());
    int created = 0;
    for (String name : wanted) {
      if (!existing.contains(name)) {
        db.insert(new ProgrammingLanguage(name));
        created++;
      }
    }
    return created;
  }
}
