package org.packdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.packdesk.catalog.CatalogCounts;
import org.packdesk.catalog.CatalogStatistics;
import org.packdesk.db.CatalogDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Where the catalog is, its schema version and how much it holds. */
@Command(name = "info", mixinStandardHelpOptions = true,
    description = "Show the catalog's location, schema version and row counts.")
final class InfoCommand implements Callable<Integer> {

  @Mixin
  CatalogOption catalog;

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  boolean json;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    try (CatalogDatabase db = catalog.open()) {
      CatalogCounts counts = new CatalogStatistics(db.database()).counts();
      var out = spec.commandLine().getOut();
      if (json) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("location", db.location().describe());
        object.put("schemaVersion", db.schemaVersion());
        object.putAll(counts.asMap());
        out.println(new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(object));
      } else {
        out.printf("Catalog:        %s%n", db.location().describe());
        out.printf("Schema version: %s%n", db.schemaVersion());
        counts.asMap().forEach((table, count) -> out.printf("%-15s %,d%n", table + ":", count));
      }
    }
    return PackdeskCommand.OK;
  }
}
