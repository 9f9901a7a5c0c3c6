package org.packdesk.cli;

import java.util.concurrent.Callable;
import org.packdesk.db.CatalogDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Brings the catalog's schema up to date (every start does this too). */
@Command(name = "migrate", mixinStandardHelpOptions = true,
    description = "Create the catalog or bring its schema up to date, backing the file up first.")
final class MigrateCommand implements Callable<Integer> {

  @Mixin
  CatalogOption catalog;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    try (CatalogDatabase db = catalog.open()) {
      CatalogDatabase.MigrationReport report = db.migration();
      var out = spec.commandLine().getOut();
      if (report.applied().isEmpty()) {
        out.printf("%s is up to date at schema %s.%n", db.location(), db.schemaVersion());
      } else {
        out.printf("%s %s: applied %s, now at schema %s.%n", report.createdNew() ? "Created" : "Migrated",
            db.location(), String.join(", ", report.applied()), db.schemaVersion());
        report.backup().ifPresent(b -> out.printf("Backup of the previous file: %s%n", b));
      }
    }
    return PackdeskCommand.OK;
  }
}
