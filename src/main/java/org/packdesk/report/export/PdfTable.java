package org.packdesk.report.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.packdesk.report.ReportColumn;

/**
 * How a report's table fits a page's width, and each cell's text wrapped to its column: at most
 * {@value #MAX_LINES} lines, the last cut with "…". Widths follow the way browsers lay out
 * tables: each column wants its widest cell on one line and needs at least its longest word;
 * when the wanted widths do not fit, each column gets its need plus a share of the rest in
 * proportion to how much more it wants.
 */
final class PdfTable {

  static final float FONT_SIZE = 8.5f;
  static final float LEADING = 11f;
  static final float PADDING = 3f;
  static final int MAX_LINES = 4;
  /** A word longer than this (a URL) is broken rather than allowed to squeeze every other column. */
  private static final float MAX_WORD = 150f;
  /** Widths are measured on this many rows: enough to see what a column holds. */
  private static final int SAMPLE_ROWS = 300;

  private final PdfFonts fonts;
  final float[] widths;

  PdfTable(PdfFonts fonts, List<ReportColumn> columns, List<List<String>> cells, float available) {
    this.fonts = fonts;
    int n = columns.size();
    float[] wanted = new float[n];
    float[] needed = new float[n];
    for (int i = 0; i < n; i++) {
      measure(fonts.bold, columns.get(i).title(), i, wanted, needed);
    }
    for (List<String> row : cells.subList(0, Math.min(SAMPLE_ROWS, cells.size()))) {
      for (int i = 0; i < n; i++) {
        measure(fonts.regular, row.get(i), i, wanted, needed);
      }
    }
    this.widths = fit(wanted, needed, available);
  }

  private void measure(PDFont font, String text, int column, float[] wanted, float[] needed) {
    String printable = fonts.printable(font, text);
    wanted[column] = Math.max(wanted[column], fonts.width(font, FONT_SIZE, printable) + 2 * PADDING);
    for (String word : printable.split("\\s+")) {
      float width = Math.min(MAX_WORD, fonts.width(font, FONT_SIZE, word)) + 2 * PADDING;
      needed[column] = Math.max(needed[column], width);
    }
  }

  private static float[] fit(float[] wanted, float[] needed, float available) {
    int n = wanted.length;
    float sumWanted = 0;
    float sumNeeded = 0;
    for (int i = 0; i < n; i++) {
      wanted[i] = Math.max(wanted[i], needed[i]);
      sumWanted += wanted[i];
      sumNeeded += needed[i];
    }
    float[] widths = new float[n];
    for (int i = 0; i < n; i++) {
      if (sumWanted <= available) {
        widths[i] = wanted[i] + (available - sumWanted) * wanted[i] / sumWanted;
      } else if (sumNeeded <= available) {
        widths[i] = needed[i] + (available - sumNeeded) * (wanted[i] - needed[i]) / (sumWanted - sumNeeded);
      } else {
        widths[i] = needed[i] * available / sumNeeded;
      }
    }
    return widths;
  }

  /** {@code text} in lines that fit {@code column}, at most {@value #MAX_LINES}, the last cut with "…". */
  List<String> lines(PDFont font, String text, int column) {
    float room = widths[column] - 2 * PADDING;
    List<String> lines = new ArrayList<>();
    String rest = fonts.printable(font, text).strip();
    while (!rest.isEmpty()) {
      if (lines.size() == MAX_LINES - 1 || fonts.width(font, FONT_SIZE, rest) <= room) {
        lines.add(fit(font, rest, room));
        break;
      }
      int end = breakAt(font, rest, room);
      lines.add(rest.substring(0, end).stripTrailing());
      rest = rest.substring(end).stripLeading();
    }
    if (lines.isEmpty()) {
      lines.add("");
    }
    return lines;
  }

  /** Where a line of {@code text} ends: after the last space that fits, else wherever the width ends. */
  private int breakAt(PDFont font, String text, float room) {
    float width = 0;
    int fits = 0;
    int lastSpace = -1;
    for (int i = 0; i < text.length(); ) {
      int next = text.offsetByCodePoints(i, 1);
      width += fonts.width(font, FONT_SIZE, text.substring(i, next));
      if (width > room) {
        break;
      }
      fits = next;
      if (Character.isWhitespace(text.charAt(i))) {
        lastSpace = next;
      }
      i = next;
    }
    if (fits == 0) {
      return text.offsetByCodePoints(0, 1);
    }
    return lastSpace > 0 ? lastSpace : fits;
  }

  /** {@code text} whole when it fits, else cut to fit with "…". */
  private String fit(PDFont font, String text, float room) {
    if (fonts.width(font, FONT_SIZE, text) <= room) {
      return text;
    }
    String ellipsis = fonts.printable(font, "\u2026");
    int end = breakAt(font, text, room - fonts.width(font, FONT_SIZE, ellipsis));
    return text.substring(0, end).stripTrailing() + ellipsis;
  }
}
