package org.packdesk.cli;

import java.util.concurrent.Callable;
import org.packdesk.catalog.search.SearchIndex;
import org.packdesk.db.CatalogDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code reindex}: rebuilds the search index beside the catalog from scratch. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = {"Rebuild the search index (the folder <catalog>.search beside the catalog file) from the catalog.",
        "Not needed in normal use: the index follows every change made through Packdesk and rebuilds itself when it"
        + " does not fit the catalog. Use it after changing the database by other means."})
final class ReindexCommand implements Callable<Integer> {

  @Mixin
  CatalogOption catalog;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    try (CatalogDatabase db = catalog.open();
         SearchIndex index = SearchIndex.open(db.database(), db.location().file())) {
      long start = System.nanoTime();
      long packages = index.rebuild();
      spec.commandLine().getOut().printf("Indexed %,d packages of %s in %.1f s%n", packages, db.location(),
          (System.nanoTime() - start) / 1e9);
    }
    return PackdeskCommand.OK;
  }
}
