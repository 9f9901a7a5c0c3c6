package org.packdesk.report.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fonts of a PDF export. Package summaries are written in every script, which the PDF
 * standard fonts cannot encode, so a Unicode TrueType font (DejaVu Sans, which Linux desktops
 * and the CI machine have) is embedded when one is found; otherwise Helvetica is used. Either way
 * a character the font lacks becomes "?" instead of failing the export.
 */
final class PdfFonts {

  private static final Logger LOG = LoggerFactory.getLogger(PdfFonts.class);
  /** Set to a .ttf file to embed that font instead (its bold is looked for beside it). */
  static final String FONT_PROPERTY = "packdesk.pdf.font";
  private static final List<String> REGULAR = List.of(
      "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
      "/usr/share/fonts/dejavu/DejaVuSans.ttf",
      "/usr/share/fonts/TTF/DejaVuSans.ttf",
      "/Library/Fonts/Arial Unicode.ttf",
      "C:/Windows/Fonts/arial.ttf");
  private static final char REPLACEMENT = '?';

  final PDFont regular;
  final PDFont bold;
  private final Map<PDFont, Map<Integer, Boolean>> encodable = new HashMap<>();
  private final Map<PDFont, Map<Integer, Float>> glyphWidths = new HashMap<>();

  private PdfFonts(PDFont regular, PDFont bold) {
    this.regular = regular;
    this.bold = bold;
  }

  static PdfFonts load(PDDocument document) {
    String chosen = System.getProperty(FONT_PROPERTY);
    List<String> candidates = chosen == null ? REGULAR : List.of(chosen);
    for (String candidate : candidates) {
      Path regular = Path.of(candidate);
      if (Files.isReadable(regular)) {
        try {
          PDFont font = PDType0Font.load(document, regular.toFile());
          return new PdfFonts(font, boldBeside(document, regular, font));
        } catch (IOException | RuntimeException e) {
          LOG.warn("Could not load the font {}; trying the next", regular, e);
        }
      }
    }
    LOG.info("No Unicode font found; the PDF uses Helvetica and shows ? for what it cannot encode");
    return new PdfFonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
        new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
  }

  private static PDFont boldBeside(PDDocument document, Path regular, PDFont fallback) throws IOException {
    String name = regular.getFileName().toString();
    for (String boldName : List.of(name.replace(".ttf", "-Bold.ttf"), name.replace(".ttf", "bd.ttf"))) {
      Path bold = regular.resolveSibling(boldName);
      if (!boldName.equals(name) && Files.isReadable(bold)) {
        return PDType0Font.load(document, bold.toFile());
      }
    }
    return fallback;
  }

  /**
   * {@code text} as {@code font} can show it on one line: controls and line breaks become spaces,
   * characters without a glyph become "?".
   */
  String printable(PDFont font, String text) {
    Map<Integer, Boolean> known = encodable.computeIfAbsent(font, f -> new HashMap<>());
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(codePoint -> {
      if (Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.LINE_SEPARATOR
          || Character.getType(codePoint) == Character.PARAGRAPH_SEPARATOR) {
        out.append(' ');
      } else if (known.computeIfAbsent(codePoint, c -> canEncode(font, c))) {
        out.appendCodePoint(codePoint);
      } else {
        out.append(REPLACEMENT);
      }
    });
    return out.toString();
  }

  private static boolean canEncode(PDFont font, int codePoint) {
    try {
      font.encode(new String(Character.toChars(codePoint)));
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The width in points of {@code printable} text at {@code size}: the sum of its glyphs' widths,
   * each measured once (tables measure every cell, and wrapping measures each line as it grows).
   */
  float width(PDFont font, float size, String printable) {
    Map<Integer, Float> known = glyphWidths.computeIfAbsent(font, f -> new HashMap<>());
    float total = 0;
    for (int i = 0; i < printable.length(); ) {
      int codePoint = printable.codePointAt(i);
      total += known.computeIfAbsent(codePoint, c -> glyphWidth(font, c));
      i += Character.charCount(codePoint);
    }
    return total / 1000f * size;
  }

  private static float glyphWidth(PDFont font, int codePoint) {
    try {
      return font.getStringWidth(new String(Character.toChars(codePoint)));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("Text not made printable: U+" + Integer.toHexString(codePoint), e);
    }
  }
}
