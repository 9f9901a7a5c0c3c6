package org.packdesk.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.packdesk.report.ColumnType;
import org.packdesk.report.ReportColumn;
import org.packdesk.report.ReportResult;

/**
 * An Excel workbook: the sheet "Report" with a bold, frozen, filterable header row, typed cells
 * (numbers as numbers, dates as dates) and autosized columns, the chart as a picture beside the
 * table; the sheet "About" says which catalog, when and with which parameters.
 */
public final class XlsxExporter implements ReportExporter {

  /** Autosized columns stop here: a long summary should not push the rest off the screen. */
  private static final int MAX_COLUMN_WIDTH = 80 * 256;
  private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

  @Override
  public void write(ReportResult result, OutputStream out) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Styles styles = new Styles(workbook);
      XSSFSheet sheet = workbook.createSheet("Report");
      List<ReportColumn> columns = result.columns();
      Row header = sheet.createRow(0);
      for (int i = 0; i < columns.size(); i++) {
        Cell cell = header.createCell(i);
        cell.setCellValue(CellNeutralizer.neutralize(columns.get(i).title()));
        cell.setCellStyle(styles.header);
      }
      int rowNumber = 1;
      for (List<Object> values : result.rows()) {
        Row row = sheet.createRow(rowNumber++);
        for (int i = 0; i < columns.size(); i++) {
          fill(row.createCell(i), values.get(i), columns.get(i).type(), styles);
        }
      }
      sheet.createFreezePane(0, 1);
      if (!result.rows().isEmpty()) {
        sheet.setAutoFilter(new CellRangeAddress(0, result.rows().size(), 0, columns.size() - 1));
      }
      for (int i = 0; i < columns.size(); i++) {
        sheet.autoSizeColumn(i);
        sheet.setColumnWidth(i, Math.min(MAX_COLUMN_WIDTH, sheet.getColumnWidth(i) + 512));
      }
      addChart(workbook, sheet, result, columns.size() + 1);
      about(workbook.createSheet("About"), result, styles);
      workbook.write(out);
    }
  }

  private static void fill(Cell cell, Object value, ColumnType type, Styles styles) {
    if (value == null) {
      return;
    }
    switch (type) {
      case INTEGER -> {
        cell.setCellValue((Long) value);
        cell.setCellStyle(styles.integer);
      }
      case DATE -> {
        cell.setCellValue((LocalDate) value);
        cell.setCellStyle(styles.date);
      }
      case MONTH -> {
        cell.setCellValue(((YearMonth) value).atDay(1));
        cell.setCellStyle(styles.month);
      }
      case TEXT -> cell.setCellValue(text((String) value));
    }
  }

  private static String text(String value) {
    String safe = CellNeutralizer.neutralize(value);
    return safe.length() <= MAX_CELL_TEXT ? safe : safe.substring(0, MAX_CELL_TEXT - 1) + "\u2026";
  }

  private static void addChart(XSSFWorkbook workbook, XSSFSheet sheet, ReportResult result, int column) {
    Optional<byte[]> png = ReportChart.png(result);
    if (png.isEmpty()) {
      return;
    }
    int picture = workbook.addPicture(png.get(), Workbook.PICTURE_TYPE_PNG);
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFClientAnchor anchor = new XSSFClientAnchor(0, 0, 0, 0, column, 1, column + 12, 25);
    anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
    drawing.createPicture(anchor, picture);
  }

  private static void about(XSSFSheet sheet, ReportResult result, Styles styles) {
    String[][] lines = {
        {"Report", result.title()},
        {"Description", result.definition().description()},
        {"Catalog", result.catalogName()},
        {"Generated", HtmlExporter.GENERATED.format(result.generatedAt())},
        {"Parameters", result.parameters().describe()},
        {"Rows", String.valueOf(result.rows().size())}};
    for (int i = 0; i < lines.length; i++) {
      Row row = sheet.createRow(i);
      Cell term = row.createCell(0);
      term.setCellValue(lines[i][0]);
      term.setCellStyle(styles.header);
      row.createCell(1).setCellValue(text(lines[i][1]));
    }
    sheet.autoSizeColumn(0);
    sheet.setColumnWidth(1, MAX_COLUMN_WIDTH);
  }

  /** The workbook's few cell styles, made once (a workbook holds at most 64,000). */
  private static final class Styles {
    final CellStyle header;
    final CellStyle integer;
    final CellStyle date;
    final CellStyle month;

    Styles(XSSFWorkbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = workbook.createCellStyle();
      header.setFont(bold);
      integer = workbook.createCellStyle();
      integer.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
      date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
      month = workbook.createCellStyle();
      month.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm"));
    }
  }
}
