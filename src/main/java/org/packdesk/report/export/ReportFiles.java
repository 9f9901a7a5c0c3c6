package org.packdesk.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.packdesk.report.ReportResult;

/** Exports to a file whole or not at all: written beside it under a temporary name, then moved over it. */
public final class ReportFiles {

  private ReportFiles() {
  }

  /** Writes {@code result} as {@code format} to {@code target}; on failure {@code target} is as it was. */
  public static void export(ReportResult result, ExportFormat format, Path target) throws IOException {
    export(result, format.exporter(), target);
  }

  /** As {@link #export(ReportResult, ExportFormat, Path)}, with the exporter given. */
  public static void export(ReportResult result, ReportExporter exporter, Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new IOException("The folder " + folder + " does not exist");
    }
    Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".part");
    try {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        exporter.write(result, out);
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
