package org.packdesk.catalog.edit;

import io.ebean.Database;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Collections;
import org.packdesk.catalog.DownloadRollup;
import org.packdesk.catalog.UsageCounts;
import org.packdesk.catalog.UsageCounts.Usage;
import org.packdesk.model.Package;

/**
 * Deletes a package with its releases, files, downloads and maintainer rows (the database
 * cascades). It cannot be undone, so the UI confirms first, showing {@link DeletionImpact};
 * the journal keeps what was deleted.
 */
public final class DeletePackage implements Change {

  private final String packageId;
  private final DeletionImpact impact;

  public DeletePackage(String packageId, DeletionImpact impact) {
    this.packageId = packageId;
    this.impact = impact;
  }

  /** What goes with a package when it is deleted. */
  public record DeletionImpact(long releases, long files, long downloads, long maintainers) {

    public static DeletionImpact of(Database db, String packageId) {
      return new DeletionImpact(
          count(db, "select count(*) from releases where package_id = :id", packageId),
          count(db, "select count(*) from release_files f join releases r on r.id = f.release_id where r.package_id = :id", packageId),
          count(db, "select count(*) from downloads where package_id = :id", packageId),
          count(db, "select count(*) from maintainers where package_id = :id", packageId));
    }

    private static long count(Database db, String sql, String id) {
      return db.sqlQuery(sql).setParameter("id", id).mapToScalar(Long.class).findOne();
    }

    @Override
    public String toString() {
      return String.format("%,d releases, %,d files, %,d downloads and %,d maintainer roles", releases, files,
          downloads, maintainers);
    }
  }

  /** @return null: a deletion has no inverse */
  @Override
  public Change apply(Database db) {
    Package pkg = db.find(Package.class, packageId);
    if (pkg == null) {
      throw new RuleViolation("The package " + packageId + " was already deleted.");
    }
    // the join table has no cascade, nor the catalog-wide rollup: clear them, then let the database cascade the rest
    Usage used;
    try {
      used = Usage.of(db.currentTransaction().connection(), packageId);
      DownloadRollup.forgetPackage(db.currentTransaction().connection(), packageId);
    } catch (SQLException e) {
      throw new PersistenceException("Could not take " + packageId + " out of the rollup and the counts", e);
    }
    db.sqlUpdate("delete from package_languages where package_id = :id").setParameter("id", packageId).execute();
    db.sqlUpdate("delete from packages where id = :id").setParameter("id", packageId).execute();
    UsageCounts.recount(db, Collections.singleton(used.license()), used.languages());
    return null;
  }

  @Override
  public String description() {
    return "Delete " + packageId + " with its " + impact;
  }

  @Override
  public String action() {
    return "delete";
  }

  @Override
  public String entity() {
    return "package";
  }

  @Override
  public String entityId() {
    return packageId;
  }
}
