package org.packdesk.report.definitions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.packdesk.model.LifecycleStatus;
import org.packdesk.report.ChartSpec;
import org.packdesk.report.ReportColumn;
import org.packdesk.report.ReportDefinition;
import org.packdesk.report.ReportParameter;
import org.packdesk.report.ReportTable;

/** Packages that look abandoned, releases taken back, and where packages stand. */
public final class LifecycleReports {

  private LifecycleReports() {
  }

  public static List<ReportDefinition> all() {
    return List.of(stalePackages(), yankedReleases(), lifecycleStatuses());
  }

  static ReportDefinition stalePackages() {
    List<ReportColumn> columns = List.of(ReportColumn.text("name", "Package"), ReportColumn.text("summary", "Summary"),
        ReportColumn.text("author", "Author"), ReportColumn.date("latest", "Latest release"),
        ReportColumn.integer("releases", "Releases"), ReportColumn.text("lifecycle", "Lifecycle"));
    return new ReportDefinition("stale-packages", "Stale packages",
        "Packages with no release in the last N years (or none at all), the longest silent first.",
        List.of(ReportParameter.integer("years", "Years", 2, 1, 50, "Silent for at least this many years")),
        columns, null,
        (source, given) -> ReportTable.of(SqlReport.of("select p.name as name, p.summary as summary,"
                + " p.author_name as author, max(r.created_date) as latest, count(r.id) as releases,"
                + " p.lifecycle as lifecycle from packages p left join releases r on r.package_id = p.id"
                + " group by p.id, p.name, p.summary, p.author_name, p.lifecycle"
                + " having max(r.created_date) is null or max(r.created_date) < :cutoff order by latest, p.name")
            .with("cutoff", source.today().minusYears(given.integer("years")).atStartOfDay())
            .rows(source.database(), columns)));
  }

  static ReportDefinition yankedReleases() {
    List<ReportColumn> columns = List.of(ReportColumn.text("name", "Package"), ReportColumn.text("version", "Version"),
        ReportColumn.date("released", "Released"), ReportColumn.text("reason", "Reason"));
    return new ReportDefinition("yanked-releases", "Yanked releases",
        "Releases their maintainers took back, with the reason they gave.", List.of(), columns, null,
        (source, given) -> ReportTable.of(SqlReport.of("select p.name as name, r.version_string as version,"
                + " r.created_date as released, r.yanked_reason as reason from releases r"
                + " join packages p on p.id = r.package_id where r.yanked = true order by p.name, r.sort_key desc")
            .rows(source.database(), columns)));
  }

  static ReportDefinition lifecycleStatuses() {
    List<ReportColumn> columns = List.of(ReportColumn.text("status", "Status"),
        ReportColumn.integer("packages", "Packages"));
    return new ReportDefinition("lifecycle-statuses", "Lifecycle statuses",
        "How many packages are active, deprecated, archived or quarantined.", List.of(), columns,
        ChartSpec.pie("status", "packages"),
        (source, given) -> {
          Map<String, Long> counts = new HashMap<>();
          SqlReport.of("select lifecycle as status, count(*) as packages from packages group by lifecycle")
              .rows(source.database(), columns)
              .forEach(row -> counts.put((String) row.get(0), (Long) row.get(1)));
          return ReportTable.of(java.util.Arrays.stream(LifecycleStatus.values())
              .map(status -> List.<Object>of(status.dbValue(), counts.getOrDefault(status.dbValue(), 0L)))
              .toList());
        });
  }
}
