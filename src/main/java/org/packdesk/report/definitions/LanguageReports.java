package org.packdesk.report.definitions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.packdesk.report.ReportColumn;
import org.packdesk.report.ReportDefinition;
import org.packdesk.report.ReportTable;

/** Which Python versions each package says it supports (its "Programming Language :: Python :: X.Y" classifiers). */
public final class LanguageReports {

  /** "Python :: 3.6" or "Python :: 2": a version, not an implementation or "3 :: Only". */
  private static final Pattern PYTHON_VERSION = Pattern.compile("Python :: (\\d+(?:\\.\\d+)?)");
  static final String SUPPORTED = "yes";

  private LanguageReports() {
  }

  public static List<ReportDefinition> all() {
    return List.of(matrix());
  }

  static ReportDefinition matrix() {
    List<ReportColumn> columns = List.of(ReportColumn.text("name", "Package"));
    List<ReportColumn> read = List.of(ReportColumn.text("name", "Package"), ReportColumn.text("language", "Language"));
    return new ReportDefinition("language-matrix", "Python version support",
        "Packages against the Python versions their classifiers name: \u201c" + SUPPORTED + "\u201d where a package"
            + " declares a version. Packages that declare none are left out.", List.of(), columns, null,
        (source, given) -> {
          Map<String, List<String>> versionsByPackage = new LinkedHashMap<>();
          TreeSet<String> versions = new TreeSet<>(Comparator.comparing(LanguageReports::versionKey));
          SqlReport.of("select p.name as name, pl.language_id as language from package_languages pl"
                  + " join packages p on p.id = pl.package_id where pl.language_id like 'Python :: %'"
                  + " order by p.name, p.id")
              .rows(source.database(), read)
              .forEach(row -> {
                Matcher version = PYTHON_VERSION.matcher((String) row.get(1));
                if (version.matches()) {
                  versions.add(version.group(1));
                  versionsByPackage.computeIfAbsent((String) row.get(0), k -> new ArrayList<>()).add(version.group(1));
                }
              });
          List<ReportColumn> extra = versions.stream().map(v -> ReportColumn.text("python-" + v, v)).toList();
          List<List<Object>> rows = new ArrayList<>();
          versionsByPackage.forEach((name, declared) -> {
            List<Object> row = new ArrayList<>();
            row.add(name);
            versions.forEach(v -> row.add(declared.contains(v) ? SUPPORTED : null));
            rows.add(row);
          });
          return new ReportTable(extra, rows);
        });
  }

  /** "3.10" after "3.9": numeric parts, zero-padded. */
  private static String versionKey(String version) {
    String[] parts = version.split("\\.");
    StringBuilder key = new StringBuilder();
    for (String part : parts) {
      key.append(String.format("%05d", Integer.parseInt(part)));
    }
    return key.toString();
  }
}
