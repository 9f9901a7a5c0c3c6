package org.packdesk.report.export;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.packdesk.report.ReportColumn;
import org.packdesk.report.ReportResult;

/**
 * A PDF on A4 (landscape beyond {@value #PORTRAIT_COLUMNS} columns): a title block naming the
 * catalog and the date, the chart, then the table, which breaks across pages with its header
 * repeated; every page is numbered "Page n of m".
 */
public final class PdfExporter implements ReportExporter {

  private static final int PORTRAIT_COLUMNS = 4;
  private static final float MARGIN = 40f;
  private static final float FOOTER = 24f;
  private static final Color RULE = new Color(0xD1, 0xD9, 0xE0);
  private static final Color HEADER_FILL = new Color(0xF0, 0xF3, 0xF6);
  private static final Color MUTED = new Color(0x59, 0x63, 0x6E);

  @Override
  public void write(ReportResult result, OutputStream out) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(result.title());
      info.setCreator("Packdesk");
      new Layout(document, result).write();
      document.save(out);
    }
  }

  /** One export's pages, filled top to bottom. */
  private static final class Layout {
    private final PDDocument document;
    private final ReportResult result;
    private final PdfFonts fonts;
    private final PDRectangle size;
    private PDPageContentStream page;
    private float y;

    Layout(PDDocument document, ReportResult result) {
      this.document = document;
      this.result = result;
      this.fonts = PdfFonts.load(document);
      PDRectangle a4 = PDRectangle.A4;
      this.size = result.columns().size() > PORTRAIT_COLUMNS ? new PDRectangle(a4.getHeight(), a4.getWidth()) : a4;
    }

    void write() throws IOException {
      newPage();
      titleBlock();
      chart();
      table();
      page.close();
      numberPages();
    }

    private float width() {
      return size.getWidth() - 2 * MARGIN;
    }

    private void newPage() throws IOException {
      if (page != null) {
        page.close();
      }
      PDPage next = new PDPage(size);
      document.addPage(next);
      page = new PDPageContentStream(document, next);
      y = size.getHeight() - MARGIN;
    }

    private void titleBlock() throws IOException {
      text(fonts.bold, 16, MARGIN, y - 16, result.title(), Color.BLACK);
      y -= 24;
      for (String line : new PdfTable(fonts, List.of(ReportColumn.text("d", "")), List.of(), width())
          .lines(fonts.regular, result.definition().description(), 0)) {
        text(fonts.regular, PdfTable.FONT_SIZE, MARGIN, y - 10, line, Color.BLACK);
        y -= 13;
      }
      y -= 4;
      meta("Catalog", result.catalogName());
      meta("Generated", HtmlExporter.GENERATED.format(result.generatedAt()));
      if (!result.parameters().describe().isEmpty()) {
        meta("Parameters", result.parameters().describe());
      }
      meta("Rows", String.format("%,d", result.rows().size()));
      y -= 10;
    }

    private void meta(String term, String value) throws IOException {
      text(fonts.bold, 9, MARGIN, y - 9, term, MUTED);
      text(fonts.regular, 9, MARGIN + 70, y - 9, value, MUTED);
      y -= 12;
    }

    private void chart() throws IOException {
      Optional<byte[]> png = ReportChart.png(result);
      if (png.isEmpty()) {
        return;
      }
      PDImageXObject image = PDImageXObject.createFromByteArray(document, png.get(), "chart");
      float scale = Math.min(width() / image.getWidth(), 0.42f * (size.getHeight() - 2 * MARGIN) / image.getHeight());
      float w = image.getWidth() * scale;
      float h = image.getHeight() * scale;
      if (y - h < MARGIN + FOOTER) {
        newPage();
      }
      page.drawImage(image, MARGIN, y - h, w, h);
      y -= h + 14;
    }

    private void table() throws IOException {
      List<ReportColumn> columns = result.columns();
      if (result.rows().isEmpty()) {
        text(fonts.regular, 9.5f, MARGIN, y - 10, "No rows: nothing in the catalog matches.", MUTED);
        return;
      }
      List<List<String>> cells = new ArrayList<>();
      for (List<Object> row : result.rows()) {
        cells.add(row.stream().map(CellText::display).toList());
      }
      PdfTable table = new PdfTable(fonts, columns, cells, width());
      List<List<String>> header = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        header.add(table.lines(fonts.bold, columns.get(i).title(), i));
      }
      if (y - height(header) - height(List.of(List.of(""))) < MARGIN + FOOTER) {
        newPage();
      }
      row(table, header, fonts.bold, true);
      for (List<String> values : cells) {
        List<List<String>> lines = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
          lines.add(table.lines(fonts.regular, values.get(i), i));
        }
        if (y - height(lines) < MARGIN + FOOTER) {
          newPage();
          row(table, header, fonts.bold, true);
        }
        row(table, lines, fonts.regular, false);
      }
    }

    private static float height(List<List<String>> lines) {
      int most = lines.stream().mapToInt(List::size).max().orElse(1);
      return most * PdfTable.LEADING + 2 * PdfTable.PADDING;
    }

    private void row(PdfTable table, List<List<String>> lines, PDFont font, boolean header) throws IOException {
      float h = height(lines);
      if (header) {
        page.setNonStrokingColor(HEADER_FILL);
        page.addRect(MARGIN, y - h, width(), h);
        page.fill();
      }
      float x = MARGIN;
      for (int i = 0; i < lines.size(); i++) {
        boolean number = result.columns().get(i).type().isNumeric();
        float lineY = y - PdfTable.PADDING - PdfTable.FONT_SIZE;
        for (String line : lines.get(i)) {
          float textX = number
              ? x + table.widths[i] - PdfTable.PADDING - fonts.width(font, PdfTable.FONT_SIZE, line)
              : x + PdfTable.PADDING;
          text(font, PdfTable.FONT_SIZE, textX, lineY, line, Color.BLACK);
          lineY -= PdfTable.LEADING;
        }
        x += table.widths[i];
      }
      page.setStrokingColor(RULE);
      page.setLineWidth(header ? 1f : 0.5f);
      page.moveTo(MARGIN, y - h);
      page.lineTo(MARGIN + width(), y - h);
      page.stroke();
      y -= h;
    }

    /** Draws text made printable for {@code font} (so a missing glyph never fails the export). */
    private void text(PDFont font, float fontSize, float x, float baseline, String text, Color color) throws IOException {
      text(page, font, fontSize, x, baseline, fonts.printable(font, text), color);
    }

    private static void text(PDPageContentStream stream, PDFont font, float fontSize, float x, float baseline,
        String printable, Color color) throws IOException {
      stream.beginText();
      stream.setNonStrokingColor(color);
      stream.setFont(font, fontSize);
      stream.newLineAtOffset(x, baseline);
      stream.showText(printable);
      stream.endText();
    }

    /** "Page n of m" and the catalog on every page, once the number of pages is known. */
    private void numberPages() throws IOException {
      int count = document.getNumberOfPages();
      for (int n = 1; n <= count; n++) {
        PDPage each = document.getPage(n - 1);
        try (PDPageContentStream footer = new PDPageContentStream(document, each,
            PDPageContentStream.AppendMode.APPEND, true, true)) {
          String number = "Page " + n + " of " + count;
          float numberWidth = fonts.width(fonts.regular, 8, number);
          text(footer, fonts.regular, 8, size.getWidth() - MARGIN - numberWidth, MARGIN / 2, number, MUTED);
          String left = fonts.printable(fonts.regular, result.title() + " \u00b7 " + result.catalogName());
          text(footer, fonts.regular, 8, MARGIN, MARGIN / 2, left, MUTED);
        }
      }
    }
  }
}
