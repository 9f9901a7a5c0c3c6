package org.packdesk.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.packdesk.report.ReportColumn;
import org.packdesk.report.ReportResult;

/**
 * RFC 4180 CSV: a header row of column titles, CRLF line ends, UTF-8 with a byte order mark (so
 * Excel reads non-Latin summaries right). Text cells are neutralised against formula injection.
 */
public final class CsvExporter implements ReportExporter {

  /** Excel takes a file without it for the machine's legacy code page. */
  static final char BYTE_ORDER_MARK = '\uFEFF';

  @Override
  public void write(ReportResult result, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write(BYTE_ORDER_MARK);
    CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    printer.printRecord(result.columns().stream().map(c -> CellNeutralizer.neutralize(c.title())).toList());
    for (List<Object> row : result.rows()) {
      printer.printRecord(cells(result.columns(), row));
    }
    printer.flush();
  }

  private static List<String> cells(List<ReportColumn> columns, List<Object> row) {
    return java.util.stream.IntStream.range(0, row.size())
        .mapToObj(i -> {
          String text = CellText.plain(row.get(i));
          return columns.get(i).type().isNumeric() ? text : CellNeutralizer.neutralize(text);
        })
        .toList();
  }
}
