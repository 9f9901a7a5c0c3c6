package org.packdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.importer.ImportProgress;
import org.packdesk.importer.ImportReport;
import org.packdesk.importer.PypiImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import pypi-json <dir|file>...}: PyPI JSON API documents, one transaction per file. */
@Command(name = "pypi-json", mixinStandardHelpOptions = true,
    description = {"Import PyPI JSON API documents (/pypi/<name>/json), one file per package.",
        "Folders are searched for *.json files. Re-importing updates packages in place.",
        "Exit code 0: all imported; 1: some files were rejected (the others were imported); 2: usage error."})
final class ImportPypiJsonCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "DIR|FILE", description = "JSON files, or folders holding them.")
  List<Path> paths;

  @Mixin
  CatalogOption catalog;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    List<Path> files;
    try {
      files = PypiImporter.collectFiles(paths);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (files.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "No .json files in " + paths);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (CatalogDatabase db = catalog.open();
         TerminalProgressBar bar = TerminalProgressBar.forConsole(spec.commandLine().getErr())) {
      ImportProgress progress = bar == null ? ImportProgress.NONE : bar::show;
      long start = System.nanoTime();
      ImportReport report = new PypiImporter(db.database(), System.getProperty("user.name", "packdesk"))
          .importFiles(files, progress, () -> false);
      double seconds = (System.nanoTime() - start) / 1e9;
      if (bar != null) {
        bar.clear();
      }
      out.printf("Imported into %s in %.1f s%n", db.location(), seconds);
      for (String[] line : report.summaryLines()) {
        out.printf("  %-17s %s%n", line[0] + ":", line[1]);
      }
      if (!report.rejected().isEmpty()) {
        out.printf("%nRejected files (nothing of them was imported):%n");
        report.rejected().forEach(r -> out.printf("  %s: %s%n", r.file(), r.reason()));
        return PackdeskCommand.INPUT_REJECTED;
      }
    }
    return PackdeskCommand.OK;
  }
}
