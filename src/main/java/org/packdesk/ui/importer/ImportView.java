package org.packdesk.ui.importer;

import java.util.List;
import javafx.stage.FileChooser;
import org.packdesk.app.AppContext;
import org.packdesk.importer.ImportReport;

/** The Import PyPI metadata dialog's content. */
public final class ImportView extends FileImportView<ImportReport> {

  public ImportView(AppContext context) {
    super(context, new ImportViewModel((files, progress, cancelled) ->
        context.importer().importFiles(files, progress, cancelled)));
  }

  @Override
  protected String title(ImportReport report) {
    String imported = report.rejected().isEmpty()
        ? String.format("Imported %,d files.", report.imported())
        : String.format("Imported %,d files; %,d were rejected and left out.", report.imported(), report.rejected().size());
    return report.cancelled() ? "Cancelled. " + imported + " Files after that were not read." : imported;
  }

  @Override
  protected List<String[]> summaryLines(ImportReport report) {
    return report.summaryLines();
  }

  @Override
  protected List<String> details(ImportReport report) {
    return report.rejected().stream().map(Object::toString).toList();
  }

  @Override
  protected FileChooser chooser() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Choose PyPI JSON files");
    chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PyPI JSON (*.json)", "*.json"),
        new FileChooser.ExtensionFilter("All files", "*"));
    return chooser;
  }
}
