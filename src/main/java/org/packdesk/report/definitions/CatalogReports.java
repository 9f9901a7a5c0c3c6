package org.packdesk.report.definitions;

import io.ebean.Database;
import java.util.ArrayList;
import java.util.List;
import org.packdesk.report.ReportColumn;
import org.packdesk.report.ReportDefinition;
import org.packdesk.report.ReportTable;

/** What the catalog holds, in one table. */
public final class CatalogReports {

  /** Each line of the summary: what is counted, and the SQL that counts it. */
  private static final String[][] MEASURES = {
      {"Packages", "select count(*) from packages"},
      {"Releases", "select count(*) from releases"},
      {"Yanked releases", "select count(*) from releases where yanked = true"},
      {"Release files", "select count(*) from release_files"},
      {"Bytes in release files", "select coalesce(sum(size), 0) from release_files"},
      {"Users", "select count(*) from users"},
      {"Maintainer links", "select count(*) from maintainers"},
      {"Languages", "select count(*) from languages"},
      {"Licenses", "select count(*) from licenses"},
      {"Packages without a license", "select count(*) from packages where license_id is null"},
      {"Downloads", "select coalesce(sum(downloads), 0) from download_clients"},
  };

  private CatalogReports() {
  }

  public static List<ReportDefinition> all() {
    return List.of(summary());
  }

  static ReportDefinition summary() {
    return new ReportDefinition("catalog-summary", "Catalog summary",
        "How many packages, releases, files, users, licenses and downloads the catalog holds.", List.of(),
        List.of(ReportColumn.text("measure", "Measure"), ReportColumn.integer("count", "Count")), null,
        (source, given) -> ReportTable.of(count(source.database())));
  }

  private static List<List<Object>> count(Database database) {
    List<List<Object>> rows = new ArrayList<>();
    for (String[] measure : MEASURES) {
      Long count = database.sqlQuery("select cast((" + measure[1] + ") as bigint)").mapToScalar(Long.class).findOne();
      rows.add(List.of(measure[0], count == null ? 0L : count));
    }
    return rows;
  }
}
