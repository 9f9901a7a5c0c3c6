package org.packdesk.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Rows exported from PyPI's public BigQuery download table ({@code bigquery-public-data.pypi.file_downloads}),
 * read by column name so that any selection and order of its columns works as long as
 * {@code timestamp} and {@code file.filename} are there. Every row is a completed download.
 */
final class BigQueryCsvRecords implements DownloadRecords {

  static final String TIMESTAMP = "timestamp";
  static final String FILENAME = "file.filename";

  /** {@code 2018-06-01 12:34:56 UTC}, with or without fractions, 'T', an offset or 'Z'. */
  private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().appendLiteral('T').optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .append(DateTimeFormatter.ISO_LOCAL_TIME)
      .optionalStart().appendLiteral(" UTC").optionalEnd()
      .optionalStart().appendOffset("+HH:mm", "Z").optionalEnd()
      .toFormatter();

  private final CSVParser parser;
  private final Iterator<CSVRecord> rows;

  /** @throws RejectedFileException when the header lacks a column Packdesk needs */
  BigQueryCsvRecords(Reader reader) throws IOException, RejectedFileException {
    parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
        .setTrim(true).get().parse(reader);
    List<String> header = parser.getHeaderNames();
    for (String required : List.of(TIMESTAMP, FILENAME)) {
      if (!header.contains(required)) {
        parser.close();
        throw new RejectedFileException("has no column \"" + required + "\": not a BigQuery downloads export"
            + " (columns found: " + String.join(", ", header) + ")");
      }
    }
    rows = parser.iterator();
  }

  @Override
  public DownloadLine next() throws IOException {
    CSVRecord row;
    try {
      if (!rows.hasNext()) {
        return null;
      }
      row = rows.next();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    long number = row.getRecordNumber() + 1; // the header is line 1
    String text = String.join(",", row.values());
    if (!row.isConsistent()) {
      return DownloadLine.skipped(number, text, SkipReason.MALFORMED);
    }
    Instant time = time(row.get(TIMESTAMP));
    if (time == null) {
      return DownloadLine.skipped(number, text, SkipReason.BAD_TIME);
    }
    String filename = row.get(FILENAME);
    if (filename.isEmpty()) {
      return DownloadLine.skipped(number, text, SkipReason.MALFORMED);
    }
    ClientDetails client = new ClientDetails(get(row, "details.installer.name"),
        get(row, "details.installer.version"), get(row, "details.python"), get(row, "details.implementation.name"),
        get(row, "details.system.name"), get(row, "details.cpu"));
    // BigQuery's table has neither the client's address nor its raw agent
    return DownloadLine.download(number, text, filename, time, null, null, client);
  }

  /** A missing column, an empty value and BigQuery's "null" all read as null. */
  private static String get(CSVRecord row, String column) {
    if (!row.isMapped(column)) {
      return null;
    }
    String value = row.get(column);
    return value.isEmpty() || value.equalsIgnoreCase("null") ? null : value;
  }

  static Instant time(String text) {
    try {
      TemporalAccessor parsed = TIME.parse(text);
      ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS) ? ZoneOffset.from(parsed) : ZoneOffset.UTC;
      return LocalDateTime.from(parsed).toInstant(offset);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
