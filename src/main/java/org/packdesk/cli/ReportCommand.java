package org.packdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.report.InvalidParameterException;
import org.packdesk.report.ReportDefinition;
import org.packdesk.report.ReportParameter;
import org.packdesk.report.ReportParameters;
import org.packdesk.report.ReportRegistry;
import org.packdesk.report.ReportResult;
import org.packdesk.report.ReportRunner;
import org.packdesk.report.export.ExportFormat;
import org.packdesk.report.export.ReportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code report --list} and {@code report <name> --format F --out FILE [--param key=value]...}. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Run a report and export it as CSV, HTML, PDF or XLSX.",
        "List the reports and their parameters with --list; set parameters with --param key=value (or --top, --from,"
            + " --to, --years).",
        "The file is written whole or not at all. Exit code 0: exported; 1: the export failed; 2: usage error"
            + " (unknown report, wrong parameter)."})
final class ReportCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The report to run (see --list).")
  String name;

  @Option(names = "--list", description = "List the reports, their parameters and defaults.")
  boolean list;

  @Option(names = "--format", paramLabel = "csv|html|pdf|xlsx",
      description = "Output format. Default: taken from the --out file's extension.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "The file to write.")
  Path out;

  @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE", description = "A report parameter (repeatable).")
  Map<String, String> params = new LinkedHashMap<>();

  @Option(names = "--top", paramLabel = "N", description = "Shorthand for --param top=N.")
  String top;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Shorthand for --param from=DATE.")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Shorthand for --param to=DATE.")
  String to;

  @Option(names = "--years", paramLabel = "N", description = "Shorthand for --param years=N.")
  String years;

  @Mixin
  CatalogOption catalog;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    ReportRegistry registry = ReportRegistry.standard();
    PrintWriter output = spec.commandLine().getOut();
    if (list) {
      printList(registry, output);
      return PackdeskCommand.OK;
    }
    if (name == null) {
      throw usage("Name a report (see report --list)");
    }
    if (out == null) {
      throw usage("Say where to write the report: --out FILE");
    }
    ExportFormat chosen = format(out);
    ReportDefinition definition;
    ReportParameters parameters;
    try {
      definition = registry.require(name);
      parameters = ReportParameters.parse(definition, givenParameters());
    } catch (InvalidParameterException e) {
      throw usage(e.getMessage());
    }
    Path folder = out.toAbsolutePath().getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw usage("The folder " + folder + " does not exist");
    }
    try (CatalogDatabase db = catalog.open()) {
      long start = System.nanoTime();
      ReportResult result = new ReportRunner(db.database(), db.location().describe(), Clock.systemUTC())
          .run(definition, parameters);
      ReportFiles.export(result, chosen, out);
      output.printf("Wrote %s (%s, %,d rows) to %s in %.1f s%n", definition.title(), chosen, result.rows().size(),
          out, (System.nanoTime() - start) / 1e9);
    } catch (IOException e) {
      spec.commandLine().getErr().println("packdesk: could not write " + out + ": " + e.getMessage()
          + ". Nothing was written; check the folder and free space.");
      return PackdeskCommand.INPUT_REJECTED;
    }
    return PackdeskCommand.OK;
  }

  private ExportFormat format(Path file) {
    String chosen = format;
    if (chosen == null) {
      String fileName = file.getFileName().toString();
      int dot = fileName.lastIndexOf('.');
      if (dot < 0) {
        throw usage("Say which format to write: --format csv|html|pdf|xlsx");
      }
      chosen = fileName.substring(dot + 1);
    }
    try {
      return ExportFormat.of(chosen);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  private Map<String, String> givenParameters() {
    Map<String, String> given = new LinkedHashMap<>(params);
    putShorthand(given, "top", top);
    putShorthand(given, "from", from);
    putShorthand(given, "to", to);
    putShorthand(given, "years", years);
    return given;
  }

  private static void putShorthand(Map<String, String> given, String key, String value) {
    if (value != null) {
      given.put(key, value);
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private static void printList(ReportRegistry registry, PrintWriter output) {
    for (ReportDefinition definition : registry.all()) {
      output.printf("%-26s %s%n", definition.id(), definition.title());
      output.printf("%-26s %s%n", "", definition.description());
      for (ReportParameter parameter : definition.parameters()) {
        String range = parameter.kind() == ReportParameter.Kind.INTEGER
            ? " (" + parameter.min() + ".." + parameter.max() + ", default " + parameter.defaultText() + ")"
            : " (YYYY-MM-DD, optional)";
        output.printf("%-26s   %s=%s%s%n", "", parameter.key(), parameter.label().toLowerCase(java.util.Locale.ROOT),
            range);
      }
    }
  }
}
