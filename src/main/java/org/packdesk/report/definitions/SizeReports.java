package org.packdesk.report.definitions;

import java.util.List;
import org.packdesk.report.ChartSpec;
import org.packdesk.report.ReportColumn;
import org.packdesk.report.ReportDefinition;
import org.packdesk.report.ReportParameter;
import org.packdesk.report.ReportTable;

/** Where the catalog's bytes are: the largest releases and files. */
public final class SizeReports {

  private static final ReportParameter TOP = ReportParameter.integer("top", "Top", 20, 1, 1000,
      "How many rows, the largest first");
  private static final ReportColumn BYTES = ReportColumn.integer("bytes", "Size (bytes)");

  private SizeReports() {
  }

  public static List<ReportDefinition> all() {
    return List.of(largestReleases(), largestFiles());
  }

  static ReportDefinition largestReleases() {
    List<ReportColumn> columns = List.of(ReportColumn.text("name", "Package"), ReportColumn.text("version", "Version"),
        ReportColumn.integer("files", "Files"), BYTES);
    return new ReportDefinition("largest-releases", "Largest releases",
        "The releases whose files together take the most space.", List.of(TOP), columns,
        new ChartSpec(ChartSpec.Kind.BAR, List.of("name", "version"), List.of("bytes")),
        (source, given) -> ReportTable.of(SqlReport.of("select p.name as name, r.version_string as version,"
                + " t.files as files, t.bytes as bytes from (select release_id, count(*) as files,"
                + " coalesce(sum(size), 0) as bytes from release_files group by release_id"
                + " order by bytes desc, release_id limit :top) t join releases r on r.id = t.release_id"
                + " join packages p on p.id = r.package_id order by t.bytes desc, p.name, r.sort_key desc")
            .with("top", given.integer("top"))
            .rows(source.database(), columns)));
  }

  static ReportDefinition largestFiles() {
    List<ReportColumn> columns = List.of(ReportColumn.text("file", "File"), ReportColumn.text("name", "Package"),
        ReportColumn.text("version", "Version"), ReportColumn.text("type", "Type"), BYTES);
    return new ReportDefinition("largest-files", "Largest files",
        "The largest distribution files (wheels, sdists\u2026) of the catalog.", List.of(TOP), columns,
        ChartSpec.bar("file", "bytes"),
        (source, given) -> ReportTable.of(SqlReport.of("select f.filename as file, p.name as name,"
                + " r.version_string as version, f.packagetype as type, f.size as bytes from release_files f"
                + " join releases r on r.id = f.release_id join packages p on p.id = r.package_id"
                + " where f.size is not null order by f.size desc, f.filename limit :top")
            .with("top", given.integer("top"))
            .rows(source.database(), columns)));
  }
}
