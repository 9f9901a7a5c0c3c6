package org.packdesk.catalog;

import io.ebean.Database;
import io.ebean.SqlQuery;
import java.util.List;
import java.util.Optional;
import org.packdesk.model.License;

/** Finds licenses by id or description, most used first. */
public final class LicenseQueries {

  /** A summary line is cut here: enough for a table cell, never a whole custom license text. */
  static final int SUMMARY_LENGTH = 200;

  private final Database database;

  public LicenseQueries(Database database) {
    this.database = database;
  }

  /** Licenses whose id or description contains every word of {@code text}; at most {@code limit}. */
  public List<LicenseRow> search(String text, int limit) {
    SearchWords.Condition matching = SearchWords.condition(text, "l.id", "l.description");
    // Counted in a derived table: the description is a LOB, which cannot be grouped by.
    SqlQuery query = database.sqlQuery("select l.id, l.description, coalesce(c.n, 0) as packages,"
        + " (select count(*) from packages) as total"
        + " from licenses l left join (select license_id, count(*) as n from packages"
        + " where license_id is not null group by license_id) c on c.license_id = l.id"
        + " where " + matching.sql()
        + " order by packages desc, l.id");
    matching.parameters().forEach(query::setParameter);
    return query.setMaxRows(limit)
        .mapTo((rs, rowNumber) -> new LicenseRow(rs.getString("id"), summary(rs.getString("description")),
            rs.getLong("packages"), rs.getLong("total")))
        .findList();
  }

  /** The first non-blank line of a description, shortened to a cell's worth. */
  static String summary(String description) {
    if (description == null) {
      return null;
    }
    String line = description.strip().lines().findFirst().orElse("").strip();
    return line.length() <= SUMMARY_LENGTH ? line : line.substring(0, SUMMARY_LENGTH - 1).stripTrailing() + "\u2026";
  }

  /** The license {@code id} with its whole description, or empty when there is none. */
  public Optional<LicenseDetail> detail(String id) {
    return Optional.ofNullable(database.find(License.class, id))
        .map(license -> new LicenseDetail(license.getId(), license.getDescription(), license.getVersion()));
  }
}
