package org.packdesk.importer.generate;

import java.util.Map;

/**
 * What a generation wrote and how long it took.
 *
 * @param rows the rows of every table after the generation, by table name
 * @param projectSeconds writing packages, releases, files, people (and their journal entries)
 * @param downloadSeconds reading the release ids back and writing the downloads and their rollup
 */
public record GenerationReport(CatalogSize size, Map<String, Long> rows, double projectSeconds,
    double downloadSeconds) {

  public long totalRows() {
    return rows.values().stream().mapToLong(Long::longValue).sum();
  }

  public double seconds() {
    return projectSeconds + downloadSeconds;
  }

  public double rowsPerSecond() {
    return totalRows() / seconds();
  }
}
