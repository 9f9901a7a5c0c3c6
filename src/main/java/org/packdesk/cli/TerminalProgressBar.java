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
    long now = System.nanoTime();
    if (done < total && now - lastDraw < 50_000_000L) {
      return; // at most 20 redraws a second
    }
    lastDraw = now;
    int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
    String name = file.getFileName().toString();
    if (name.length() > 32) {
      name = name.substring(0, 31) + "\u2026";
    }
    err.printf("\r[%s%s] %d/%d %-32s", "#".repeat(filled), " ".repeat(WIDTH - filled), done, total, name);
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
