package org.packdesk.report.export;

import java.io.IOException;
import java.io.OutputStream;
import org.packdesk.report.ReportResult;

/** Writes a report's result in one file format. */
@FunctionalInterface
public interface ReportExporter {

  /** Writes {@code result} to {@code out}, leaving {@code out} open. */
  void write(ReportResult result, OutputStream out) throws IOException;
}
