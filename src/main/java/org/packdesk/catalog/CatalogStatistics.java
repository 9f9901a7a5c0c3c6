package org.packdesk.catalog;

import io.ebean.Database;
import org.packdesk.model.query.QAuditEntry;
import org.packdesk.model.query.QDownload;
import org.packdesk.model.query.QLicense;
import org.packdesk.model.query.QMaintainer;
import org.packdesk.model.query.QPackage;
import org.packdesk.model.query.QProgrammingLanguage;
import org.packdesk.model.query.QRelease;
import org.packdesk.model.query.QReleaseFile;
import org.packdesk.model.query.QUser;

/** Counts over the whole catalog. */
public final class CatalogStatistics {

  private final Database database;

  public CatalogStatistics(Database database) {
    this.database = database;
  }

  public CatalogCounts counts() {
    return new CatalogCounts(
        new QPackage(database).findCount(),
        new QRelease(database).findCount(),
        new QReleaseFile(database).findCount(),
        new QUser(database).findCount(),
        new QMaintainer(database).findCount(),
        new QProgrammingLanguage(database).findCount(),
        new QLicense(database).findCount(),
        new QDownload(database).findCount(),
        new QAuditEntry(database).findCount());
  }
}
