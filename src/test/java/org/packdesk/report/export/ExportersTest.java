package org.packdesk.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packdesk.TestCatalogs;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.report.ReportColumn;
import org.packdesk.report.ReportResult;
import org.packdesk.report.ReportSamples;

/**
 * Each format written to a file and read back with a library (Commons CSV, jsoup, PDFBox, POI),
 * compared with the report's rows; package authors' hostile text stays inert in every format.
 */
class ExportersTest {

  @TempDir
  static Path dir;
  static CatalogDatabase catalog;
  /** Summaries and authors with formulas, a script tag and non-Latin text; dates and numbers. */
  static ReportResult stale;
  /** A chart, and numbers. */
  static ReportResult downloads;
  /** Months. */
  static ReportResult months;

  @BeforeAll
  static void run() {
    catalog = TestCatalogs.open(dir);
    ReportSamples.fill(catalog.database());
    stale = ReportSamples.run(catalog.database(), "stale-packages", Map.of());
    downloads = ReportSamples.run(catalog.database(), "downloads-by-package", Map.of());
    months = ReportSamples.run(catalog.database(), "downloads-by-month", Map.of());
  }

  @AfterAll
  static void close() {
    catalog.close();
  }

  static Path export(ReportResult result, ExportFormat format, String name) throws IOException {
    Path file = dir.resolve(name + "." + format.extension());
    ReportFiles.export(result, format, file);
    return file;
  }

  @Test
  void csvReadsBackAsTheRowsWithFormulasNeutralised() throws IOException {
    for (ReportResult result : List.of(stale, downloads, months)) {
      String text = Files.readString(export(result, ExportFormat.CSV, "csv-" + result.definition().id()));
      assertEquals(CsvExporter.BYTE_ORDER_MARK, text.charAt(0), "a BOM tells Excel the file is UTF-8");
      List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
      assertEquals(result.columns().stream().map(ReportColumn::title).toList(), records.get(0).toList());
      assertEquals(result.rows().size(), records.size() - 1);
      for (int r = 0; r < result.rows().size(); r++) {
        List<String> expected = new ArrayList<>();
        for (int c = 0; c < result.columns().size(); c++) {
          Object value = result.rows().get(r).get(c);
          String plain = value == null ? "" : value.toString();
          expected.add(result.columns().get(c).type().isNumeric() ? plain : CellNeutralizer.neutralize(plain));
        }
        assertEquals(expected, records.get(r + 1).toList());
      }
    }
    String staleCsv = Files.readString(dir.resolve("csv-stale-packages.csv"));
    assertTrue(staleCsv.contains("\"'=HYPERLINK(\"\"http://evil.example/x\"\",\"\"Click me\"\")\""), staleCsv);
    assertTrue(staleCsv.contains("'+cmd|' /C calc'!A0"), staleCsv);
    assertTrue(staleCsv.contains("'@SUM(1+1)"), staleCsv);
    assertTrue(staleCsv.contains(ReportSamples.UNICODE_SUMMARY), "UTF-8 throughout");
    assertTrue(staleCsv.contains("\r\n"), "RFC 4180 line ends");
  }

  @Test
  void htmlIsEscapedSelfContainedAndHoldsTheRows() throws IOException {
    Path file = export(stale, ExportFormat.HTML, "stale");
    Document html = Jsoup.parse(file.toFile(), "UTF-8");
    assertTrue(html.select("script").isEmpty(), "the author's <script> is text, not an element");
    assertTrue(html.select("[src^=http], [href], link, iframe, object").isEmpty(), "nothing loads from elsewhere");
    assertEquals("Stale packages", html.selectFirst("h1").text());
    assertTrue(html.selectFirst("dl.meta").text().contains("/tmp/test catalog.mv.db"));
    assertTrue(html.selectFirst("dl.meta").text().contains("2024-06-01 09:30 UTC"));
    assertTrue(html.selectFirst("style").data().contains("@media print"));
    List<String> headers = html.select("thead th").eachText();
    assertEquals(stale.columns().stream().map(ReportColumn::title).toList(), headers);
    List<Element> rows = html.select("tbody tr");
    assertEquals(stale.rows().size(), rows.size());
    for (int r = 0; r < rows.size(); r++) {
      List<String> expected = stale.rows().get(r).stream().map(CellText::display).map(String::strip).toList();
      assertEquals(expected, rows.get(r).select("td").stream().map(Element::text).toList());
    }
    String source = Files.readString(file);
    assertTrue(source.contains("&lt;script&gt;alert('owned')&lt;/script&gt; &amp; more"), "escaped in the source");
    assertFalse(source.contains("<script"));
  }

  @Test
  void htmlEmbedsTheChartAsADataUri() throws IOException {
    Document html = Jsoup.parse(export(downloads, ExportFormat.HTML, "downloads").toFile(), "UTF-8");
    Element image = html.selectFirst("figure img");
    assertTrue(image.attr("src").startsWith("data:image/png;base64,"));
    byte[] png = java.util.Base64.getDecoder().decode(image.attr("src").substring("data:image/png;base64,".length()));
    assertEquals(ReportChart.WIDTH, javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png)).getWidth());
    assertEquals(List.of("numpy", "205"), html.select("tbody tr").get(0).select("td").eachText());
  }

  @Test
  void pdfHasATitleBlockEveryRowAndPageNumbers() throws IOException {
    String text = pdfText(export(stale, ExportFormat.PDF, "stale"));
    assertTrue(text.contains("Stale packages"), text);
    assertTrue(text.contains("/tmp/test catalog.mv.db"), text);
    assertTrue(text.contains("2024-06-01 09:30 UTC"), text);
    assertTrue(text.contains("Page 1 of 1"), text);
    for (Object name : ReportSamples.column(stale, "name")) {
      assertTrue(text.contains((String) name), name + " in " + text);
    }
    assertTrue(text.contains("Ελληνικά"), "Greek needs the embedded Unicode font: " + text);
    assertTrue(text.contains("Jürgen"), text);
    assertTrue(text.contains("2018-06-12"), text);
  }

  @Test
  void pdfTablesBreakAcrossPagesRepeatingTheirHeader() throws IOException {
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      rows.add(java.util.Arrays.asList("package-" + i, "A summary long enough to wrap onto a second line of its cell, "
          .repeat(i % 3 + 1) + ReportSamples.UNICODE_SUMMARY, null, LocalDate.of(2015, 1, 1), (long) i, "active"));
    }
    ReportResult many = new ReportResult(stale.definition(), stale.parameters(), stale.columns(), rows,
        stale.catalogName(), stale.generatedAt());
    try (PDDocument pdf = Loader.loadPDF(export(many, ExportFormat.PDF, "many").toFile())) {
      int pages = pdf.getNumberOfPages();
      assertTrue(pages > 3, "pages: " + pages);
      PDFTextStripper stripper = new PDFTextStripper();
      StringBuilder all = new StringBuilder();
      for (int page = 1; page <= pages; page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = stripper.getText(pdf);
        assertTrue(text.contains("Page " + page + " of " + pages), text);
        assertTrue(text.contains("Package Summary Author"), "header repeated on page " + page + ": " + text);
        all.append(text);
      }
      for (int i = 0; i < 250; i++) {
        assertTrue(all.toString().contains("package-" + i + " "), "row " + i);
      }
    }
  }

  @Test
  void pdfDrawsTheChart() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(export(downloads, ExportFormat.PDF, "downloads").toFile())) {
      assertTrue(pdf.getPage(0).getResources().getXObjectNames().iterator().hasNext(), "an image on page 1");
      assertTrue(new PDFTextStripper().getText(pdf).contains("numpy"));
    }
  }

  @Test
  void xlsxHasTypedCellsAHeaderRowAndNeutralisedText() throws IOException {
    try (InputStream in = Files.newInputStream(export(stale, ExportFormat.XLSX, "stale"));
         XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      XSSFSheet sheet = workbook.getSheet("Report");
      Row header = sheet.getRow(0);
      for (int c = 0; c < stale.columns().size(); c++) {
        assertEquals(stale.columns().get(c).title(), header.getCell(c).getStringCellValue());
      }
      assertTrue(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());
      assertEquals(stale.rows().size(), sheet.getLastRowNum());
      for (int r = 0; r < stale.rows().size(); r++) {
        Row row = sheet.getRow(r + 1);
        List<Object> values = stale.rows().get(r);
        for (int c = 0; c < values.size(); c++) {
          Object value = values.get(c);
          Cell cell = row.getCell(c);
          if (value == null) {
            assertEquals(CellType.BLANK, cell.getCellType());
          } else if (value instanceof Long number) {
            assertEquals(CellType.NUMERIC, cell.getCellType());
            assertEquals(number.doubleValue(), cell.getNumericCellValue());
          } else if (value instanceof LocalDate day) {
            assertTrue(DateUtil.isCellDateFormatted(cell));
            assertEquals(day, cell.getLocalDateTimeCellValue().toLocalDate());
          } else {
            assertEquals(CellNeutralizer.neutralize((String) value), cell.getStringCellValue());
          }
        }
      }
      assertTrue(sheet.getColumnWidth(1) > sheet.getColumnWidth(4), "autosized: summaries wider than counts");
      assertEquals("'" + ReportSamples.FORMULA_SUMMARY, sheet.getRow(1).getCell(1).getStringCellValue());
      assertEquals("'" + ReportSamples.COMMAND_AUTHOR, sheet.getRow(1).getCell(2).getStringCellValue());
      assertEquals(CellType.STRING, sheet.getRow(1).getCell(1).getCellType(), "never a formula cell");
      assertEquals("/tmp/test catalog.mv.db", workbook.getSheet("About").getRow(2).getCell(1).getStringCellValue());
    }
  }

  @Test
  void xlsxMonthsAreDatesAndTheChartIsAPicture() throws IOException {
    try (InputStream in = Files.newInputStream(export(months, ExportFormat.XLSX, "months"));
         XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      XSSFSheet sheet = workbook.getSheet("Report");
      Cell first = sheet.getRow(1).getCell(0);
      assertTrue(DateUtil.isCellDateFormatted(first));
      assertEquals(((YearMonth) months.rows().get(0).get(0)).atDay(1), first.getLocalDateTimeCellValue().toLocalDate());
      assertEquals("yyyy-mm", first.getCellStyle().getDataFormatString());
      assertEquals(1, workbook.getAllPictures().size());
      assertFalse(sheet.getDrawingPatriarch().getShapes().isEmpty());
    }
  }

  @Test
  void aFailedExportLeavesNoFileAndKeepsTheOldOne() throws IOException {
    Path target = dir.resolve("kept.csv");
    Files.writeString(target, "the previous export");
    ReportExporter failing = (result, out) -> {
      out.write("half a report".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    };
    IOException error = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
        () -> ReportFiles.export(stale, failing, target));
    assertEquals("disk full", error.getMessage());
    assertEquals("the previous export", Files.readString(target));
    Path absent = dir.resolve("absent.csv");
    org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> ReportFiles.export(stale, failing, absent));
    assertFalse(Files.exists(absent));
    try (var files = Files.list(dir)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no temporary file left");
    }
  }

  private static String pdfText(Path file) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      return new PDFTextStripper().getText(pdf);
    }
  }
}
