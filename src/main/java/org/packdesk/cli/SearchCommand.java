package org.packdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.packdesk.catalog.PackageRow;
import org.packdesk.catalog.PackageSearch;
import org.packdesk.catalog.search.CatalogSearch;
import org.packdesk.catalog.search.QuerySyntaxException;
import org.packdesk.catalog.search.SearchIndex;
import org.packdesk.db.CatalogDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code search QUERY}: the packages the window's search box would list, in the same order. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Print the packages matching QUERY (id, name, latest version, license), ordered by id"
        + " (the normalised name), as the Packages search box lists them.",
        "QUERY: words (over name and summary; req* for a prefix; \"a phrase\"), field:value with the fields"
        + " name, summary, license (license:none), language, maintainer, released (>2017-01-01, 2017, 2017-05),"
        + " yanked (true/false), downloads (>1000), lifecycle, python (3.6), version; -term or NOT term;"
        + " a OR b; parentheses.",
        "A query that starts with - follows --, as in: packdesk search -- -lifecycle:deprecated",
        "Exit code 0: searched (even if nothing matched); 2: the query is malformed, or another usage error."})
final class SearchCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query; several arguments are joined by spaces.")
  List<String> query;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N packages (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print one JSON object: total and packages.")
  boolean json;

  @Mixin
  CatalogOption catalog;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    String text = String.join(" ", query);
    PrintWriter out = spec.commandLine().getOut();
    try (CatalogDatabase db = catalog.open();
         SearchIndex index = SearchIndex.open(db.database(), db.location().file())) {
      CatalogSearch.Result result;
      try {
        result = new CatalogSearch(index, new PackageSearch(db.database())).find(text, Math.max(0, limit));
      } catch (QuerySyntaxException e) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("packdesk: " + e.getMessage());
        err.println("  " + text);
        err.println("  " + " ".repeat(Math.max(0, e.column() - 1)) + "^");
        return PackdeskCommand.USAGE_ERROR;
      }
      if (json) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("total", result.total());
        object.put("packages", result.rows().stream().map(SearchCommand::asMap).toList());
        out.println(new ObjectMapper().writeValueAsString(object));
      } else {
        for (PackageRow row : result.rows()) {
          out.printf("%-30s %-30s %-16s %s%n", row.id(), row.name(), orDash(row.latestVersion()), orDash(row.license()));
        }
        out.printf("%,d of %,d matching packages%n", result.rows().size(), result.total());
      }
    }
    return PackdeskCommand.OK;
  }

  private static Map<String, Object> asMap(PackageRow row) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", row.id());
    map.put("name", row.name());
    map.put("latestVersion", row.latestVersion());
    map.put("license", row.license());
    return map;
  }

  private static String orDash(String value) {
    return value == null ? "-" : value;
  }
}
