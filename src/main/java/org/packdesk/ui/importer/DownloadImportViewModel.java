package org.packdesk.ui.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.packdesk.importer.DownloadImportReport;

/**
 * The Import downloads dialog's state: the logs chosen (a folder stands for the files in it), whether
 * client addresses are anonymised, and the import. A cancel stops after the batch being stored:
 * every batch is one transaction, so none is half-imported, and the batches before it stay.
 */
public final class DownloadImportViewModel extends FileImportViewModel<DownloadImportReport> {

  /** Imports logs, addresses anonymised or not. */
  @FunctionalInterface
  public interface Importer {
    ImportJob<DownloadImportReport> importing(boolean anonymize);
  }

  private final Importer importer;
  private final BooleanProperty anonymize = new SimpleBooleanProperty(this, "anonymize", true);

  public DownloadImportViewModel(Importer importer) {
    this.importer = importer;
  }

  /** Store client addresses truncated (IPv4 to /24, IPv6 to /48); on by default, it is personal data. */
  public BooleanProperty anonymizeProperty() {
    return anonymize;
  }

  @Override
  protected List<Path> collect(List<Path> chosen) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path path : chosen) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> inside = Files.list(path)) {
          inside.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted()
              .forEach(files::add);
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  @Override
  protected ImportJob<DownloadImportReport> job() {
    return importer.importing(anonymize.get());
  }

  @Override
  protected String filesNoun() {
    return "logs";
  }
}
