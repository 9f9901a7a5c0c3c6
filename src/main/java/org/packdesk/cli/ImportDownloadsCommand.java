package org.packdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.importer.DownloadImportReport;
import org.packdesk.importer.DownloadLogImporter;
import org.packdesk.importer.ImportProgress;
import org.packdesk.importer.SkipReason;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import downloads <file>...}: web server access logs or BigQuery CSV exports. */
@Command(name = "downloads", mixinStandardHelpOptions = true,
    description = {"Import download logs: web server access logs (Combined Log Format, nginx/Apache) or CSV exports of"
        + " PyPI's BigQuery download table; gzip-compressed files are read as they are.",
        "Successful GETs (200, 304) of files in the catalog count; other lines are skipped and reported by reason.",
        "Counts are added: importing a log twice counts it twice (a warning says so when a file of the same name"
        + " covers an already imported time span).",
        "Exit code 0: all files read (skipped lines are normal); 1: some files were rejected or read in part;"
        + " 2: usage error."})
final class ImportDownloadsCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Access logs or BigQuery CSV files, plain or .gz.")
  List<Path> files;

  @Option(names = "--anonymize", description = "Store client addresses truncated: IPv4 to /24, IPv6 to /48.")
  boolean anonymize;

  @Mixin
  CatalogOption catalog;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    for (Path file : files) {
      if (!Files.exists(file)) {
        throw new ParameterException(spec.commandLine(), file + " does not exist");
      }
      if (Files.isDirectory(file)) {
        throw new ParameterException(spec.commandLine(), file + " is a folder: name the log files");
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    try (CatalogDatabase db = catalog.open();
         TerminalProgressBar bar = TerminalProgressBar.forConsole(spec.commandLine().getErr())) {
      ImportProgress progress = bar == null ? ImportProgress.NONE : bar::show;
      long start = System.nanoTime();
      DownloadImportReport report = new DownloadLogImporter(db.database(), System.getProperty("user.name", "packdesk"),
          anonymize).importFiles(files, progress, () -> false);
      double seconds = (System.nanoTime() - start) / 1e9;
      if (bar != null) {
        bar.clear();
      }
      out.printf("Imported into %s in %.1f s%n", db.location(), seconds);
      for (String[] line : report.summaryLines()) {
        out.printf("  %-17s %s%n", line[0] + ":", line[1]);
      }
      for (Map.Entry<SkipReason, DownloadImportReport.Skipped> skipped : report.skipped().entrySet()) {
        out.printf("%nSkipped, %s: %,d, for example%n", skipped.getKey().description(), skipped.getValue().count());
        skipped.getValue().examples().forEach(example -> out.printf("  %s%n", example));
      }
      if (!report.warnings().isEmpty()) {
        out.printf("%nWarnings:%n");
        report.warnings().forEach(warning -> out.printf("  %s%n", warning));
      }
      if (!report.rejected().isEmpty()) {
        out.printf("%nRejected files:%n");
        report.rejected().forEach(r -> out.printf("  %s: %s%n", r.file(), r.reason()));
        return PackdeskCommand.INPUT_REJECTED;
      }
    }
    return PackdeskCommand.OK;
  }
}
