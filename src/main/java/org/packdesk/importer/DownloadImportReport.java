package org.packdesk.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.packdesk.importer.ImportReport.Rejected;

/**
 * The outcome of importing download logs: lines read, downloads stored, lines skipped by reason
 * with their first few examples, files rejected (wholly or from some line on) and warnings.
 */
public final class DownloadImportReport {

  /** Examples kept per skip reason. */
  public static final int EXAMPLES = 3;
  private static final int EXAMPLE_LENGTH = 200;

  /** Lines skipped for one reason: how many, and where the first few were. */
  public static final class Skipped {
    private long count;
    private final List<String> examples = new ArrayList<>();

    public long count() {
      return count;
    }

    /** {@code file:line: text}, the text cut to a readable length. */
    public List<String> examples() {
      return Collections.unmodifiableList(examples);
    }
  }

  private int files;
  private long linesRead;
  private long downloads;
  private boolean cancelled;
  private final Map<SkipReason, Skipped> skipped = new EnumMap<>(SkipReason.class);
  private final List<Rejected> rejected = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  void fileStarted() {
    files++;
  }

  void lineRead() {
    linesRead++;
  }

  void skip(Path file, DownloadLine line, SkipReason reason) {
    Skipped s = skipped.computeIfAbsent(reason, r -> new Skipped());
    s.count++;
    if (s.examples.size() < EXAMPLES) {
      String text = line.text().length() > EXAMPLE_LENGTH ? line.text().substring(0, EXAMPLE_LENGTH) + "\u2026" : line.text();
      s.examples.add(file.getFileName() + ":" + line.number() + ": " + text);
    }
  }

  void stored(int count) {
    downloads += count;
  }

  void reject(Path file, String reason) {
    rejected.add(new Rejected(file, reason));
  }

  void warn(String warning) {
    warnings.add(warning);
  }

  void markCancelled() {
    cancelled = true;
  }

  /** Files looked at; fewer than chosen when cancelled. */
  public int files() {
    return files;
  }

  public long linesRead() {
    return linesRead;
  }

  /** Downloads stored (raw rows, each also counted in the per-day rollup). */
  public long downloads() {
    return downloads;
  }

  public long skippedLines() {
    return skipped.values().stream().mapToLong(Skipped::count).sum();
  }

  public Map<SkipReason, Skipped> skipped() {
    return Collections.unmodifiableMap(skipped);
  }

  /** Files that could not be read, or only in part; the reason says what of them was kept. */
  public List<Rejected> rejected() {
    return Collections.unmodifiableList(rejected);
  }

  public List<String> warnings() {
    return Collections.unmodifiableList(warnings);
  }

  public boolean cancelled() {
    return cancelled;
  }

  /** The summary as label/value lines, for the CLI and a dialog alike. */
  public List<String[]> summaryLines() {
    List<String[]> lines = new ArrayList<>();
    lines.add(new String[] {"Files", String.format("%,d read, %,d rejected%s", files - rejected.size(), rejected.size(),
        cancelled ? " (cancelled before the end)" : "")});
    lines.add(new String[] {"Lines", String.format("%,d read", linesRead)});
    lines.add(new String[] {"Downloads", String.format("%,d imported", downloads)});
    lines.add(new String[] {"Skipped lines", String.format("%,d", skippedLines())});
    return lines;
  }
}
