package org.packdesk.report.definitions;

import java.util.List;
import org.packdesk.report.ChartSpec;
import org.packdesk.report.ReportColumn;
import org.packdesk.report.ReportDefinition;
import org.packdesk.report.ReportParameter;
import org.packdesk.report.ReportTable;

/** Which licenses the catalog's packages use, and which packages have none a lawyer can look up. */
public final class LicenseReports {

  private LicenseReports() {
  }

  public static List<ReportDefinition> all() {
    return List.of(packagesPerLicense(), licenseProblems());
  }

  static ReportDefinition packagesPerLicense() {
    List<ReportColumn> columns = List.of(ReportColumn.text("license", "License"), ReportColumn.text("kind", "Kind"),
        ReportColumn.integer("packages", "Packages"));
    List<ReportColumn> read = List.of(columns.get(0), columns.get(2));
    return new ReportDefinition("packages-per-license", "Packages per license",
        "How many packages use each license, the most used first; packages without one count under \u201c"
            + LicenseKinds.NONE + "\u201d.",
        List.of(ReportParameter.integer("top", "Top", 50, 1, 1000, "How many licenses, the most used first")),
        columns, ChartSpec.bar("license", "packages"),
        (source, given) -> ReportTable.of(SqlReport.of("select license_id as license, count(*) as packages"
                + " from packages group by license_id order by packages desc, license limit :top")
            .with("top", given.integer("top"))
            .rows(source.database(), read).stream()
            .map(row -> List.<Object>of(row.get(0) == null ? "(" + LicenseKinds.NONE.toLowerCase() + ")" : row.get(0),
                LicenseKinds.kind((String) row.get(0)), row.get(1)))
            .toList()));
  }

  static ReportDefinition licenseProblems() {
    List<ReportColumn> columns = List.of(ReportColumn.text("name", "Package"), ReportColumn.text("author", "Author"),
        ReportColumn.text("problem", "Problem"), ReportColumn.text("license", "License"),
        ReportColumn.text("published", "License as published"));
    List<ReportColumn> read = List.of(columns.get(0), columns.get(1), columns.get(3), columns.get(4));
    return new ReportDefinition("license-problems", "Packages with no, custom or non-SPDX license",
        "Packages whose license a curator should look at: none at all, a custom text, or a name that is not an SPDX"
            + " id.", List.of(), columns, null,
        (source, given) -> ReportTable.of(SqlReport.of("select p.name as name, p.author_name as author,"
                + " p.license_id as license, p.license_text as published from packages p order by p.name")
            .rows(source.database(), read).stream()
            .filter(row -> !LicenseKinds.SPDX.equals(LicenseKinds.kind((String) row.get(2))))
            .map(row -> java.util.Arrays.asList(row.get(0), row.get(1), LicenseKinds.kind((String) row.get(2)), row.get(2),
                row.get(3)))
            .toList()));
  }
}
