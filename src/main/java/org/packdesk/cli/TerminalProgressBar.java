package org.packdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/** A one-line progress bar redrawn in place, only when a person watches a terminal. */
final class TerminalProgressBar implements AutoCloseable {

  private static final int WIDTH = 30;
  private final PrintWriter err;
  private long lastDraw;

  private TerminalProgressBar(PrintWriter err) {
    this.err = err;
  }

  /** A bar on {@code err} when the process runs on a terminal; null when output is piped or logged. */
  static TerminalProgressBar forConsole(PrintWriter err) {
    return System.console() == null ? null : new TerminalProgressBar(err);
  }

  void show(int done, int total, Path file) {
    show(done, total, String.format("%d/%d %s", done, total, file.getFileName()));
  }

  /** Draws {@code done} of {@code total} with {@code label} after the bar (cut to fit a line). */
  void show(long done, long total, String label) {
    long now = System.nanoTime();
    if (done < total && now - lastDraw < 50_000_000L) {
      return; // at most 20 redraws a second
    }
    lastDraw = now;
    int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
    String shown = label.length() > 48 ? label.substring(0, 47) + "\u2026" : label;
    err.printf("\r[%s%s] %-48s", "#".repeat(filled), " ".repeat(WIDTH - filled), shown);
    err.flush();
  }

  void clear() {
    err.print("\r" + " ".repeat(WIDTH + 50) + "\r");
    err.flush();
  }

  @Override
  public void close() {
    err.flush();
  }
}
