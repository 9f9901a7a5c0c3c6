package org.packdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.Callable;
import org.packdesk.catalog.search.SearchIndex;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.db.CatalogLocation;
import org.packdesk.db.StagedCatalog;
import org.packdesk.importer.generate.CatalogGenerator;
import org.packdesk.importer.generate.CatalogSize;
import org.packdesk.importer.generate.GenerationProgress;
import org.packdesk.importer.generate.GenerationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code generate}: a synthetic PyPI-like catalog of a given size, the same for the same seed. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Fill an empty catalog with a synthetic one: packages with PyPI-like names, summaries, licenses,"
        + " classifiers, maintainers, releases (PEP 440 version mixes) and files, and pip-style downloads with their"
        + " daily rollup. The same sizes and seed give the same catalog.",
        "Writes through the importers' own code (new packages a thousand to a transaction, downloads in batches), so it also"
        + " measures them; the tables' indexes are built once, at the end. Only an empty catalog is filled: name a new"
        + " --db path. A catalog file is filled beside it (NAME.staging.mv.db) and takes its name only once complete, so a"
        + " stopped run never leaves a half-made catalog; the next run removes what it left.",
        "Exit code 0: generated; 2: usage error (bad sizes, or the catalog is not empty)."})
final class GenerateCommand implements Callable<Integer> {

  @Option(names = "--packages", required = true, paramLabel = "N", description = "Packages to make.")
  int packages;

  @Option(names = "--releases", required = true, paramLabel = "N",
      description = "Releases to make in all (at least one per package; files follow from them).")
  long releases;

  @Option(names = "--downloads", defaultValue = "0", paramLabel = "N", description = "Downloads to make (default 0).")
  long downloads;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of the random choices (default 1).")
  long seed;

  @Mixin
  CatalogOption catalog;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    CatalogSize size;
    try {
      size = new CatalogSize(packages, releases, downloads, seed);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CatalogLocation location = catalog.location();
    GenerationReport report;
    if (location.file().isEmpty()) {
      // a database server: filled in place (a stopped run leaves what it wrote)
      try (CatalogDatabase db = CatalogDatabase.open(location)) {
        refuseData(db);
        report = generate(new CatalogGenerator(db.database(), curator()), db, size, err);
      }
    } else {
      if (location.dataFile().filter(Files::exists).isPresent()) {
        try (CatalogDatabase db = CatalogDatabase.open(location)) {
          refuseData(db);
        }
      }
      StagedCatalog staged = StagedCatalog.of(location);
      if (staged.removeLeftover()) {
        err.println("Removed the unfinished catalog a stopped generate left at " + staged.staging());
      }
      report = staged.fill(db -> generate(CatalogGenerator.intoStagedFile(db.database(), curator()), db, size, err));
    }
    out.printf("Generated into %s in %.1f s (packages %.1f s, downloads %.1f s): %,d rows, %,.0f rows/s%n",
        location, report.seconds(), report.projectSeconds(), report.downloadSeconds(), report.totalRows(),
        report.rowsPerSecond());
    for (Map.Entry<String, Long> table : report.rows().entrySet()) {
      out.printf("  %-18s %,d%n", table.getKey() + ":", table.getValue());
    }
    return PackdeskCommand.OK;
  }

  private void refuseData(CatalogDatabase db) {
    long existing = CatalogGenerator.existingRows(db.database());
    if (existing > 0) {
      // no --force: replacing a curator's catalog by a flag is too easy to regret, and a seed describes a whole catalog
      throw new ParameterException(spec.commandLine(), db.location() + " already holds data (" + existing
          + " packages, releases, users and downloads); generate only fills an empty catalog: name a new --db path");
    }
  }

  /**
   * Generates, then builds the search index, so that the first search of a generated catalog
   * answers at once instead of indexing it first (seven minutes at PyPI's size).
   */
  private static String curator() {
    return System.getProperty("user.name", "packdesk");
  }

  private static GenerationReport generate(CatalogGenerator generator, CatalogDatabase db, CatalogSize size,
      PrintWriter err) {
    try (TerminalProgressBar bar = TerminalProgressBar.forConsole(err)) {
      GenerationProgress progress = bar == null ? lines(err) : (phase, done, total) -> bar.show(done, total,
          String.format("%s %,d/%,d", phase, done, total));
      GenerationReport report = generator.generate(size, progress);
      try (SearchIndex index = SearchIndex.open(db.database(), db.location().file())) {
        long indexed = index.rebuild(done -> progress.advanced("search index", done, size.packages()));
        progress.advanced("search index", indexed, size.packages());
      }
      if (bar != null) {
        bar.clear();
      }
      return report;
    }
  }

  /** Without a terminal (a log, a pipe): one line per tenth of each phase. */
  private static GenerationProgress lines(PrintWriter err) {
    long[] shown = {-1};
    String[] shownPhase = {""};
    return (phase, done, total) -> {
      long tenth = total == 0 ? 10 : done * 10 / total;
      if (!phase.equals(shownPhase[0]) || tenth > shown[0]) {
        shownPhase[0] = phase;
        shown[0] = tenth;
        err.printf("%tT generate: %s %,d of %,d%n", System.currentTimeMillis(), phase, done, total);
        err.flush();
      }
    };
  }
}
