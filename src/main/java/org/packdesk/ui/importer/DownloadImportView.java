package org.packdesk.ui.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.stage.FileChooser;
import org.packdesk.app.AppContext;
import org.packdesk.importer.DownloadImportReport;
import org.packdesk.importer.DownloadLogImporter;
import org.packdesk.importer.SkipReason;

/** The Import downloads dialog's content: access logs or BigQuery CSV exports, plain or gzip. */
public final class DownloadImportView extends FileImportView<DownloadImportReport> {

  private final DownloadImportViewModel viewModel;

  @FXML private CheckBox anonymizeBox;

  public DownloadImportView(AppContext context) {
    this(context, new DownloadImportViewModel(anonymize -> (files, progress, cancelled) ->
        new DownloadLogImporter(context.catalog().database(), context.curatorName(), anonymize)
            .importFiles(files, progress, cancelled)));
  }

  private DownloadImportView(AppContext context, DownloadImportViewModel viewModel) {
    super(context, viewModel);
    this.viewModel = viewModel;
  }

  @Override
  protected void connect() {
    anonymizeBox.selectedProperty().bindBidirectional(viewModel.anonymizeProperty());
    anonymizeBox.disableProperty().bind(viewModel.runningProperty());
  }

  @Override
  protected String title(DownloadImportReport report) {
    String imported = String.format("Imported %,d downloads from %,d lines", report.downloads(), report.linesRead());
    if (report.cancelled()) {
      return "Cancelled. " + imported + " before that; every stored batch is complete, nothing after it was stored.";
    }
    return report.rejected().isEmpty() ? imported + "."
        : imported + "; " + report.rejected().size() + " of the files could not be read in full.";
  }

  @Override
  protected List<String[]> summaryLines(DownloadImportReport report) {
    return report.summaryLines();
  }

  /** Rejected files, then each reason lines were skipped for with its first examples, then warnings. */
  @Override
  protected List<String> details(DownloadImportReport report) {
    List<String> lines = new ArrayList<>();
    report.rejected().forEach(rejected -> lines.add("Rejected " + rejected));
    for (Map.Entry<SkipReason, DownloadImportReport.Skipped> skipped : report.skipped().entrySet()) {
      lines.add(String.format("Skipped, %s: %,d", skipped.getKey().description(), skipped.getValue().count()));
      skipped.getValue().examples().forEach(example -> lines.add("    " + example));
    }
    report.warnings().forEach(warning -> lines.add("Warning: " + warning));
    return lines;
  }

  @Override
  protected FileChooser chooser() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Choose download logs");
    chooser.getExtensionFilters().addAll(
        new FileChooser.ExtensionFilter("Access logs and BigQuery CSV (*.log, *.csv, *.gz)", "*.log", "*.csv", "*.gz",
            "*.txt", "access_log*", "access.log*"),
        new FileChooser.ExtensionFilter("All files", "*"));
    return chooser;
  }
}
