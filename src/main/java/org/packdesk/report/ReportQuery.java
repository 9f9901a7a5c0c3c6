package org.packdesk.report;

import io.ebean.Database;
import java.time.LocalDate;

/** How a report's rows are read from the catalog. */
@FunctionalInterface
public interface ReportQuery {

  /** What a query reads from: the catalog, and the day that "now" means (fixed in tests). */
  record Source(Database database, LocalDate today) {
  }

  ReportTable run(Source source, ReportParameters parameters);
}
