package org.packdesk.cli;

import org.packdesk.db.CatalogOpenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints a person-sized message for failures and picks the exit code; details go to the log. */
final class CliErrors implements IExecutionExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(CliErrors.class);

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    if (e instanceof CatalogOpenException) {
      commandLine.getErr().println("packdesk: " + e.getMessage());
      return PackdeskCommand.USAGE_ERROR;
    }
    LOG.error("Command failed", e);
    commandLine.getErr().println("packdesk: " + e + " (see the log for details)");
    return PackdeskCommand.USAGE_ERROR;
  }
}
