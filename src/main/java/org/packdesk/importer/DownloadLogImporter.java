package org.packdesk.importer;

import io.ebean.Database;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.zip.GZIPInputStream;
import org.packdesk.importer.ReleaseFileIndex.FileRef;
import org.packdesk.model.DownloadImport;
import org.packdesk.model.query.QDownloadImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports download logs, web server access logs in Combined Log Format or CSV exports of PyPI's
 * BigQuery download table, plain or gzip-compressed, into the raw {@code downloads} table and its
 * per-day rollup {@code download_days}.
 *
 * <p>Lines that are no download of a catalog file are counted by reason and skipped; they never
 * stop an import. Downloads are stored in batches of {@link #DEFAULT_BATCH_SIZE}, each its own
 * transaction holding the raw rows and their rollup counts together, so a huge log never holds
 * one giant transaction: a failure rolls back only the batch at hand (earlier ones stay), and a
 * cancel takes effect between batches.
 *
 * <p>Counts are added: importing the same log twice counts its downloads twice. Each file's name
 * and time span is recorded, and a file whose name and span overlap an earlier import gets a
 * warning in the report.
 */
public final class DownloadLogImporter {

  private static final Logger LOG = LoggerFactory.getLogger(DownloadLogImporter.class);
  public static final int DEFAULT_BATCH_SIZE = 10_000;
  private static final int BUFFER = 1 << 16;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
      .withZone(ZoneOffset.UTC);

  private final Database db;
  private final String curator;
  private final boolean anonymize;
  private final int batchSize;

  /** @param anonymize truncate client addresses (IPv4 to /24, IPv6 to /48) before storing them */
  public DownloadLogImporter(Database db, String curator, boolean anonymize) {
    this(db, curator, anonymize, DEFAULT_BATCH_SIZE);
  }

  DownloadLogImporter(Database db, String curator, boolean anonymize, int batchSize) {
    this.db = db;
    this.curator = curator;
    this.anonymize = anonymize;
    this.batchSize = batchSize;
  }

  public DownloadImportReport importFiles(List<Path> files, ImportProgress progress, BooleanSupplier cancelled) {
    DownloadImportReport report = new DownloadImportReport();
    ReleaseFileIndex index = new ReleaseFileIndex(db);
    UserAgentParser agents = new UserAgentParser();
    int done = 0;
    for (Path file : files) {
      if (cancelled.getAsBoolean()) {
        report.markCancelled();
        break;
      }
      report.fileStarted();
      new FileImport(file, report, index, agents).run(cancelled);
      progress.fileDone(++done, files.size(), file);
    }
    return report;
  }

  /** A batch that the database refused; it was rolled back. */
  private static final class BatchFailedException extends Exception {
    BatchFailedException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** One file's import: its reading, its batches and what the report hears of it. */
  private final class FileImport {
    private final Path file;
    private final DownloadImportReport report;
    private final ReleaseFileIndex index;
    private final UserAgentParser agents;
    private final DownloadWriter writer;
    private long stored;
    private long readable;
    private long lastLine;

    FileImport(Path file, DownloadImportReport report, ReleaseFileIndex index, UserAgentParser agents) {
      this.file = file;
      this.report = report;
      this.index = index;
      this.agents = agents;
      this.writer = new DownloadWriter(db, file.getFileName().toString(), curator, batchSize);
    }

    void run(BooleanSupplier cancelled) {
      try (DownloadRecords records = open()) {
        String readError = readAll(records, cancelled);
        flush();
        if (readError != null) {
          report.reject(file, "could be read only up to line " + lastLine + " (" + readError + "); the "
              + String.format("%,d", stored) + " downloads before that point were imported");
        } else if (readable == 0 && lastLine > 0) {
          report.reject(file, "no line of it is a Combined Log Format line or a BigQuery CSV row: not a download log");
        }
        warnAboutOverlap();
      } catch (RejectedFileException e) {
        LOG.info("Rejected {}: {}", file, e.getMessage());
        report.reject(file, e.getMessage());
      } catch (BatchFailedException e) {
        LOG.warn("Could not store downloads from {}", file, e);
        report.reject(file, e.getMessage());
      } catch (IOException e) {
        LOG.warn("Could not read {}", file, e);
        report.reject(file, "cannot be read: " + describe(e));
      }
    }

    /** Reads to the end, or to a cancel; returns what stopped the reading early, if anything. */
    private String readAll(DownloadRecords records, BooleanSupplier cancelled) throws BatchFailedException {
      DownloadLine line;
      try {
        while ((line = records.next()) != null) {
          report.lineRead();
          lastLine = line.number();
          if (line.skip() != SkipReason.MALFORMED) {
            readable++;
          }
          FileRef ref = line.skip() == null ? index.find(line.filename()) : null;
          if (line.skip() != null || ref == null) {
            report.skip(file, line, line.skip() != null ? line.skip() : SkipReason.UNKNOWN_FILE);
            continue;
          }
          writer.add(ref, line);
          if (writer.isFull()) {
            flush();
            if (cancelled.getAsBoolean()) {
              report.markCancelled();
              report.warn(file.getFileName() + ": cancelled after line " + lastLine + "; the downloads before it were"
                  + " imported");
              return null;
            }
          }
        }
      } catch (IOException e) {
        LOG.warn("Reading {} stopped after line {}", file, lastLine, e);
        return describe(e);
      }
      return null;
    }

    /** Stores the batch in its own transaction: all of it, or (rolled back) nothing of it. */
    private void flush() throws BatchFailedException {
      int size = writer.pending();
      if (size == 0) {
        return;
      }
      try {
        writer.flush();
      } catch (SQLException | RuntimeException e) {
        throw new BatchFailedException(String.format("lines %,d to %,d could not be stored (%s): that batch was rolled"
            + " back; the %,d downloads before it were imported", writer.firstPendingLine(), writer.lastPendingLine(),
            ImportErrors.rootMessage(e), stored), e);
      }
      stored += size;
      report.stored(size);
    }

    private void warnAboutOverlap() {
      DownloadImport record = writer.record();
      if (record == null) {
        return;
      }
      for (DownloadImport earlier : new QDownloadImport(db).source.eq(record.getSource()).id.ne(record.getId())
          .firstDownload.le(record.getLastDownload()).lastDownload.ge(record.getFirstDownload())
          .orderBy().importedAt.asc().findList()) {
        report.warn(String.format("%s overlaps an import of a file of the same name on %s (downloads from %s to %s):"
            + " if it is the same log, its downloads are now counted twice", file.getFileName(),
            WHEN.format(earlier.getImportedAt()), WHEN.format(earlier.getFirstDownload()),
            WHEN.format(earlier.getLastDownload())));
      }
    }

    private DownloadRecords open() throws IOException, RejectedFileException {
      InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
      try {
        if (isGzip(in)) {
          in = new GZIPInputStream(in, BUFFER);
        } else if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
          throw new RejectedFileException("is named .gz but is not gzip-compressed");
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), BUFFER);
        return looksLikeCsv(reader) ? new BigQueryCsvRecords(reader) : new AccessLogRecords(reader, agents, anonymize);
      } catch (IOException | RejectedFileException | RuntimeException e) {
        in.close();
        throw e;
      }
    }
  }

  private static boolean isGzip(InputStream in) throws IOException {
    in.mark(2);
    int first = in.read();
    int second = in.read();
    in.reset();
    return first == 0x1f && second == 0x8b;
  }

  /** A CSV header names the timestamp column and has no access log's "[time]". */
  private static boolean looksLikeCsv(BufferedReader reader) throws IOException {
    char[] start = new char[4096];
    reader.mark(start.length);
    int n = 0;
    int read;
    while (n < start.length && (read = reader.read(start, n, start.length - n)) > 0) {
      n += read;
    }
    reader.reset();
    String text = new String(start, 0, n);
    int newline = text.indexOf('\n');
    String firstLine = (newline < 0 ? text : text.substring(0, newline)).toLowerCase(Locale.ROOT);
    return firstLine.contains(BigQueryCsvRecords.TIMESTAMP) && firstLine.indexOf('[') < 0;
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "the file does not exist";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.util.zip.ZipException || e instanceof java.io.EOFException) {
      return "the gzip data is damaged or cut short: " + e.getMessage();
    }
    return ImportErrors.rootMessage(e);
  }
}
