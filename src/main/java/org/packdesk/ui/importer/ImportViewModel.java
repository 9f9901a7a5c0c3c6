package org.packdesk.ui.importer;

import java.nio.file.Path;
import java.util.List;
import org.packdesk.importer.ImportReport;
import org.packdesk.importer.PypiImporter;

/**
 * The Import PyPI metadata dialog's state: the JSON files and folders chosen, and the import. A
 * cancel stops between two files: what was imported stays, no file is half-imported.
 */
public final class ImportViewModel extends FileImportViewModel<ImportReport> {

  private final ImportJob<ImportReport> job;

  public ImportViewModel(ImportJob<ImportReport> job) {
    this.job = job;
  }

  @Override
  protected List<Path> collect(List<Path> chosen) {
    return PypiImporter.collectFiles(chosen);
  }

  @Override
  protected ImportJob<ImportReport> job() {
    return job;
  }

  @Override
  protected String filesNoun() {
    return "JSON files";
  }
}
