package org.packdesk.cli;

import org.packdesk.db.CatalogDatabase;
import org.packdesk.db.CatalogLocation;
import org.packdesk.db.DataDirectories;
import picocli.CommandLine.Option;

/** The {@code --db} option every command shares. */
public final class CatalogOption {

  @Option(names = "--db", paramLabel = "PATH|JDBC-URL",
      description = "Catalog to use: an H2 file path (without .mv.db) or a JDBC URL. "
          + "Default: $PACKDESK_DB, else the catalog in the user's data folder.")
  String db;

  public CatalogLocation location() {
    return CatalogLocation.resolve(db, System.getenv(), DataDirectories.system());
  }

  /** Opens the catalog, migrating it first; the caller closes it. */
  public CatalogDatabase open() {
    return CatalogDatabase.open(location());
  }
}
