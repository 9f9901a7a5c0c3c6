package org.packdesk.importer;

import io.ebean.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports PyPI JSON API documents into the catalog, one transaction per file: a bad file is
 * reported and skipped, the others go on, and nothing of a failed file is left behind.
 */
public final class PypiImporter {

  private static final Logger LOG = LoggerFactory.getLogger(PypiImporter.class);

  private final PypiJsonReader reader = new PypiJsonReader();
  private final PypiProjectMapper mapper = new PypiProjectMapper();
  private final ProjectWriter writer;

  public PypiImporter(Database db, String curator) {
    this(db, () -> curator);
  }

  /** An importer whose journal entries name whoever {@code curator} says at the time of each file. */
  public PypiImporter(Database db, Supplier<String> curator) {
    this.writer = new ProjectWriter(db, curator);
  }

  /**
   * The JSON files named by {@code paths}: files as given, folders for the {@code .json} files
   * inside them (and their subfolders), in name order.
   *
   * @throws IllegalArgumentException when a path does not exist
   */
  public static List<Path> collectFiles(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> found = Files.walk(path)) {
          found.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().toLowerCase().endsWith(".json"))
              .sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot list the folder " + path, e);
        }
      } else if (Files.exists(path)) {
        files.add(path);
      } else {
        throw new IllegalArgumentException(path + " does not exist");
      }
    }
    return files;
  }

  public ImportReport importFiles(List<Path> files, ImportProgress progress, BooleanSupplier cancelled) {
    ImportReport report = new ImportReport();
    int done = 0;
    for (Path file : files) {
      if (cancelled.getAsBoolean()) {
        report.markCancelled();
        break;
      }
      importOne(file, report);
      progress.fileDone(++done, files.size(), file);
    }
    return report;
  }

  private void importOne(Path file, ImportReport report) {
    try {
      ImportedProject project = mapper.map(reader.read(file));
      report.add(writer.write(project, file.getFileName().toString()));
    } catch (RejectedFileException e) {
      LOG.info("Rejected {}: {}", file, e.getMessage());
      report.reject(file, e.getMessage());
    } catch (RuntimeException e) {
      // a database refusal (constraint, size) rolls the file back; the batch goes on
      LOG.warn("Could not import {}", file, e);
      report.reject(file, "could not be stored: " + ImportErrors.rootMessage(e));
    }
  }
}
