package org.packdesk.report;

import io.ebean.Database;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs report definitions against one catalog. */
public final class ReportRunner {

  private final Database database;
  private final String catalogName;
  private final Clock clock;

  /**
   * @param catalogName how title blocks name the catalog (its file or URL)
   * @param clock what "now" is: the generation time, and the day stale packages count from
   */
  public ReportRunner(Database database, String catalogName, Clock clock) {
    this.database = database;
    this.catalogName = catalogName;
    this.clock = clock;
  }

  /** Checks {@code given} against the definition's parameters, then runs it. */
  public ReportResult run(ReportDefinition definition, Map<String, String> given) {
    return run(definition, ReportParameters.parse(definition, given));
  }

  public ReportResult run(ReportDefinition definition, ReportParameters parameters) {
    ReportTable table = definition.query().run(new ReportQuery.Source(database, LocalDate.now(clock)), parameters);
    List<ReportColumn> columns = new ArrayList<>(definition.columns());
    columns.addAll(table.extraColumns());
    return new ReportResult(definition, parameters, columns, table.rows(), catalogName, clock.instant());
  }
}
