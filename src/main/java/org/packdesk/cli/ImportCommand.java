package org.packdesk.cli;

import picocli.CommandLine.Command;

/** {@code import <kind> ...}: fill the catalog from outside sources. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import data into the catalog.",
    subcommands = {ImportPypiJsonCommand.class, ImportDownloadsCommand.class})
final class ImportCommand {
}
