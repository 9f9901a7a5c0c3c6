package org.packdesk.report.export;

/**
 * Keeps spreadsheet programs from running what a package author wrote: a text cell that starts
 * with {@code = + - @}, a tab or a carriage return is read by Excel, LibreOffice and Sheets as a
 * formula (OWASP, "CSV Injection"), so it gets a leading apostrophe, which they show as text.
 * Shared by the CSV and XLSX exporters; numbers are typed cells and never pass through here.
 */
public final class CellNeutralizer {

  private static final String TRIGGERS = "=+-@\t\r";

  private CellNeutralizer() {
  }

  /** {@code text}, prefixed with {@code '} when a spreadsheet would take it for a formula. */
  public static String neutralize(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return TRIGGERS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }
}
