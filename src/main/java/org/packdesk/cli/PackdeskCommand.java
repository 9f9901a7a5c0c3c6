package org.packdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless side of the jar: {@code packdesk <command> [options]}. */
@Command(name = "packdesk", mixinStandardHelpOptions = true, versionProvider = PackdeskVersion.class,
    description = "Packdesk: the catalog manager for curators of a Python package index.%n"
        + "Without a command, opens the desktop application.",
    subcommands = {InfoCommand.class, MigrateCommand.class, ImportCommand.class, GenerateCommand.class,
        SearchCommand.class, ReindexCommand.class, ReportCommand.class, CommandLine.HelpCommand.class})
public final class PackdeskCommand {

  public static final int OK = 0;
  public static final int INPUT_REJECTED = 1;
  public static final int USAGE_ERROR = 2;

  private static final Set<String> GUI_OPTIONS = Set.of("--db");

  /** True when the arguments ask for a command rather than the window (only --db X means GUI). */
  public static boolean isHeadless(String[] args) {
    List<String> rest = new java.util.ArrayList<>(List.of(args));
    for (int i = 0; i < rest.size(); i++) {
      String arg = rest.get(i);
      if (GUI_OPTIONS.contains(arg)) {
        i++;
      } else if (!arg.startsWith("--db=")) {
        return true;
      }
    }
    return false;
  }

  public static int run(String... args) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new PackdeskCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(new CliErrors());
    return commandLine.execute(args);
  }
}
