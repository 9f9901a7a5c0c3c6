package org.packdesk.report.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/** The formats a report exports to, each with its file extension and exporter. */
public enum ExportFormat {
  CSV("csv", "CSV (comma-separated values)", CsvExporter::new),
  HTML("html", "HTML page (prints well)", HtmlExporter::new),
  PDF("pdf", "PDF document", PdfExporter::new),
  XLSX("xlsx", "Excel workbook", XlsxExporter::new);

  private final String extension;
  private final String description;
  private final Supplier<ReportExporter> exporter;

  ExportFormat(String extension, String description, Supplier<ReportExporter> exporter) {
    this.extension = extension;
    this.description = description;
    this.exporter = exporter;
  }

  public String extension() {
    return extension;
  }

  public String description() {
    return description;
  }

  public ReportExporter exporter() {
    return exporter.get();
  }

  /** The format named {@code name} (csv, html, pdf, xlsx; any case). */
  public static ExportFormat of(String name) {
    return Arrays.stream(values()).filter(f -> f.extension.equalsIgnoreCase(name.strip())).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown format \u201c" + name + "\u201d: use csv, html, pdf or xlsx"));
  }

  @Override
  public String toString() {
    return extension.toUpperCase(Locale.ROOT);
  }
}
