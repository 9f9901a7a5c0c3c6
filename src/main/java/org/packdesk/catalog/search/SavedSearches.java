package org.packdesk.catalog.search;

import io.ebean.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.packdesk.model.SavedSearch;
import org.packdesk.model.query.QSavedSearch;

/**
 * The catalog's named searches (smart groups). Names are unique regardless of case, and a query
 * is only saved once it parses, so a group always opens to a result.
 */
public final class SavedSearches {

  private final Database db;
  private final CatalogSearch search;

  public SavedSearches(Database db, CatalogSearch search) {
    this.db = db;
    this.search = search;
  }

  /** A saved search with how many packages it matches now. */
  public record Group(long id, String name, String query, long count) {
  }

  /** Every saved search by name, with its count. */
  public List<Group> groups() throws QuerySyntaxException {
    List<Group> groups = new ArrayList<>();
    for (SavedSearch saved : new QSavedSearch(db).orderBy().name.asc().findList()) {
      groups.add(new Group(saved.getId(), saved.getName(), saved.getQuery(), search.count(saved.getQuery())));
    }
    return groups;
  }

  /** Saves {@code query} as {@code name}; a clear message when the name is taken or the query malformed. */
  public long save(String name, String query) throws QuerySyntaxException {
    String trimmed = checkedName(name, null);
    QueryParser.parse(query);
    SavedSearch saved = new SavedSearch(trimmed, query.trim());
    db.save(saved);
    return saved.getId();
  }

  public void rename(long id, String name) {
    SavedSearch saved = db.find(SavedSearch.class, id);
    if (saved == null) {
      throw new IllegalArgumentException("That saved search no longer exists.");
    }
    saved.setName(checkedName(name, id));
    db.save(saved);
  }

  public void delete(long id) {
    db.delete(SavedSearch.class, id);
  }

  private String checkedName(String name, Long except) {
    String trimmed = name == null ? "" : name.trim();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("Give the search a name.");
    }
    if (trimmed.length() > 200) {
      throw new IllegalArgumentException("A name of at most 200 characters, please.");
    }
    boolean taken = new QSavedSearch(db).findList().stream().anyMatch(s -> !s.getId().equals(except)
        && s.getName().toLowerCase(Locale.ROOT).equals(trimmed.toLowerCase(Locale.ROOT)));
    if (taken) {
      throw new IllegalArgumentException("A saved search named \u201c" + trimmed + "\u201d exists already.");
    }
    return trimmed;
  }
}
