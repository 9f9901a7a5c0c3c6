package org.packdesk.report.export;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.packdesk.report.ReportColumn;
import org.packdesk.report.ReportResult;

/**
 * One self-contained HTML file: styles inline, the chart as a {@code data:} PNG, no script and
 * no external address, so it opens anywhere and prints as it shows. Every text from the catalog
 * is escaped; a content security policy forbids scripts should anything slip through.
 */
public final class HtmlExporter implements ReportExporter {

  static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
      .withZone(ZoneOffset.UTC);

  private static final String STYLE = """
      body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; font-size: 10pt; color: #1f2328;
             margin: 2em; }
      h1 { font-size: 16pt; margin: 0 0 .2em 0; }
      .meta { color: #59636e; margin: 0 0 1em 0; }
      .meta dt { float: left; clear: left; width: 8em; font-weight: bold; }
      .meta dd { margin: 0 0 .1em 8em; }
      figure { margin: 0 0 1.5em 0; }
      figure img { max-width: 100%; height: auto; }
      table { border-collapse: collapse; width: 100%; }
      th, td { border-bottom: 1px solid #d1d9e0; padding: .3em .6em; text-align: left; vertical-align: top;
               overflow-wrap: anywhere; }
      th { background: #f6f8fa; border-bottom: 2px solid #818b98; }
      td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      tr:nth-child(even) td { background: #fbfcfd; }
      .empty { color: #59636e; font-style: italic; }
      @page { size: A4; margin: 15mm; }
      @media print {
        body { margin: 0; font-size: 9pt; }
        thead { display: table-header-group; }
        tr, figure { page-break-inside: avoid; }
        tr:nth-child(even) td { background: none; }
      }
      """;

  @Override
  public void write(ReportResult result, OutputStream out) throws IOException {
    Writer html = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    html.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    html.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:;"
        + " style-src 'unsafe-inline'\">\n");
    html.write("<title>" + escapeHtml4(result.title()) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
    html.write("<h1>" + escapeHtml4(result.title()) + "</h1>\n");
    html.write("<p class=\"description\">" + escapeHtml4(result.definition().description()) + "</p>\n");
    html.write("<dl class=\"meta\">\n");
    meta(html, "Catalog", result.catalogName());
    meta(html, "Generated", GENERATED.format(result.generatedAt()));
    if (!result.parameters().describe().isEmpty()) {
      meta(html, "Parameters", result.parameters().describe());
    }
    meta(html, "Rows", String.valueOf(result.rows().size()));
    html.write("</dl>\n");
    Optional<byte[]> chart = ReportChart.png(result);
    if (chart.isPresent()) {
      html.write("<figure><img alt=\"" + escapeHtml4("Chart: " + result.title()) + "\" width=\"" + ReportChart.WIDTH
          + "\" height=\"" + ReportChart.HEIGHT + "\" src=\"data:image/png;base64,"
          + Base64.getEncoder().encodeToString(chart.get()) + "\"></figure>\n");
    }
    table(html, result);
    html.write("</body>\n</html>\n");
    html.flush();
  }

  private static void meta(Writer html, String term, String value) throws IOException {
    html.write("<dt>" + escapeHtml4(term) + "</dt><dd>" + escapeHtml4(value) + "</dd>\n");
  }

  private static void table(Writer html, ReportResult result) throws IOException {
    if (result.rows().isEmpty()) {
      html.write("<p class=\"empty\">No rows: nothing in the catalog matches.</p>\n");
      return;
    }
    List<ReportColumn> columns = result.columns();
    html.write("<table>\n<thead><tr>");
    for (ReportColumn column : columns) {
      html.write("<th" + numberClass(column) + ">" + escapeHtml4(column.title()) + "</th>");
    }
    html.write("</tr></thead>\n<tbody>\n");
    for (List<Object> row : result.rows()) {
      html.write("<tr>");
      for (int i = 0; i < columns.size(); i++) {
        html.write("<td" + numberClass(columns.get(i)) + ">" + escapeHtml4(CellText.display(row.get(i))) + "</td>");
      }
      html.write("</tr>\n");
    }
    html.write("</tbody>\n</table>\n");
  }

  private static String numberClass(ReportColumn column) {
    return column.type().isNumeric() ? " class=\"number\"" : "";
  }
}
