package org.packdesk.report.definitions;

import java.util.List;
import org.packdesk.report.ChartSpec;
import org.packdesk.report.ReportColumn;
import org.packdesk.report.ReportDefinition;
import org.packdesk.report.ReportParameter;
import org.packdesk.report.ReportTable;

/** Who maintains how much, and which packages hang on one person. */
public final class PeopleReports {

  private PeopleReports() {
  }

  public static List<ReportDefinition> all() {
    return List.of(workload(), singleMaintainer());
  }

  static ReportDefinition workload() {
    List<ReportColumn> columns = List.of(ReportColumn.text("name", "User"), ReportColumn.text("email", "E-mail"),
        ReportColumn.integer("packages", "Packages"), ReportColumn.integer("owner", "As owner"),
        ReportColumn.integer("maintainer", "As maintainer"));
    return new ReportDefinition("maintainer-workload", "Maintainer workload",
        "How many packages each user maintains, as owner or maintainer, the busiest first.",
        List.of(ReportParameter.integer("top", "Top", 50, 1, 1000, "How many users, the busiest first")),
        columns, ChartSpec.bar("name", "packages"),
        (source, given) -> ReportTable.of(SqlReport.of("select coalesce(u.name, u.email) as name, u.email as email,"
                + " count(*) as packages, sum(case when m.role = 'owner' then 1 else 0 end) as owner,"
                + " sum(case when m.role = 'maintainer' then 1 else 0 end) as maintainer"
                + " from maintainers m join users u on u.id = m.user_id group by u.id, u.name, u.email"
                + " order by packages desc, u.email limit :top")
            .with("top", given.integer("top"))
            .rows(source.database(), columns)));
  }

  static ReportDefinition singleMaintainer() {
    List<ReportColumn> columns = List.of(ReportColumn.text("name", "Package"), ReportColumn.text("summary", "Summary"),
        ReportColumn.text("maintainer", "Sole maintainer"), ReportColumn.text("email", "E-mail"),
        ReportColumn.text("role", "Role"));
    return new ReportDefinition("single-maintainer", "Packages with a single maintainer",
        "Packages that one user alone maintains: who would carry on if they left?", List.of(), columns, null,
        (source, given) -> ReportTable.of(SqlReport.of("select p.name as name, p.summary as summary,"
                + " coalesce(u.name, u.email) as maintainer, u.email as email, m.role as role from maintainers m"
                + " join packages p on p.id = m.package_id join users u on u.id = m.user_id where m.package_id in"
                + " (select package_id from maintainers group by package_id having count(*) = 1) order by p.name")
            .rows(source.database(), columns)));
  }
}
