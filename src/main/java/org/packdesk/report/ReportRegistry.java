package org.packdesk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.packdesk.report.definitions.CatalogReports;
import org.packdesk.report.definitions.DownloadReports;
import org.packdesk.report.definitions.LanguageReports;
import org.packdesk.report.definitions.LicenseReports;
import org.packdesk.report.definitions.LifecycleReports;
import org.packdesk.report.definitions.PeopleReports;
import org.packdesk.report.definitions.SizeReports;

/** Every report Packdesk offers, in the order a curator meets them. */
public final class ReportRegistry {

  private final List<ReportDefinition> definitions;

  public ReportRegistry(List<ReportDefinition> definitions) {
    this.definitions = List.copyOf(definitions);
    long distinct = definitions.stream().map(ReportDefinition::id).distinct().count();
    if (distinct != definitions.size()) {
      throw new IllegalArgumentException("Two reports share an id");
    }
  }

  /** The built-in reports. */
  public static ReportRegistry standard() {
    List<ReportDefinition> all = new ArrayList<>();
    all.addAll(CatalogReports.all());
    all.addAll(DownloadReports.all());
    all.addAll(LicenseReports.all());
    all.addAll(LanguageReports.all());
    all.addAll(PeopleReports.all());
    all.addAll(LifecycleReports.all());
    all.addAll(SizeReports.all());
    return new ReportRegistry(all);
  }

  public List<ReportDefinition> all() {
    return definitions;
  }

  public Optional<ReportDefinition> find(String id) {
    return definitions.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /** The report {@code id}, or a message listing the ones there are. */
  public ReportDefinition require(String id) {
    return find(id).orElseThrow(() -> new InvalidParameterException("There is no report \u201c" + id
        + "\u201d; the reports are: " + String.join(", ", definitions.stream().map(ReportDefinition::id).toList())));
  }
}
