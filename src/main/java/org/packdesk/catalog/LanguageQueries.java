package org.packdesk.catalog;

import io.ebean.Database;
import io.ebean.SqlQuery;
import java.util.List;
import org.packdesk.model.ProgrammingLanguage;

/** Finds programming languages by name, most declared first. */
public final class LanguageQueries {

  private final Database database;

  public LanguageQueries(Database database) {
    this.database = database;
  }

  /** Languages whose name contains every word of {@code text}; at most {@code limit}. */
  public List<LanguageRow> search(String text, int limit) {
    SearchWords.Condition matching = SearchWords.condition(text, "l.id");
    SqlQuery query = database.sqlQuery("select l.id, count(pl.package_id) as packages,"
        + " (select count(*) from packages) as total"
        + " from languages l left join package_languages pl on pl.language_id = l.id"
        + " where " + matching.sql()
        + " group by l.id order by packages desc, l.id");
    matching.parameters().forEach(query::setParameter);
    return query.setMaxRows(limit)
        .mapTo((rs, rowNumber) -> new LanguageRow(rs.getString("id"), rs.getLong("packages"), rs.getLong("total")))
        .findList();
  }

  /** Whether the catalog has a language named exactly {@code name}. */
  public boolean exists(String name) {
    return database.find(ProgrammingLanguage.class, name) != null;
  }
}
