package org.packdesk.importer.generate;

import io.ebean.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.packdesk.catalog.ChunkedBatch;
import org.packdesk.catalog.ChunkedBatch.Checkpoint;
import org.packdesk.catalog.search.SearchBacklog;

/**
 * The release ids of the generated packages, read back once after they are written: package i's
 * releases in the order they were made. The downloads need them by (package, release number);
 * eight bytes a release, loaded with one streaming query instead of one lookup per download.
 */
public final class ReleaseIndex {

  private final long[] ids;
  private final int[] firsts;
  private final long[] downloads;
  private final PackageNames names;

  private ReleaseIndex(long[] ids, int[] firsts, PackageNames names) {
    this.ids = ids;
    this.firsts = firsts;
    this.downloads = new long[ids.length];
    this.names = names;
  }

  /** Reads the ids; packages were written in index order into an empty catalog, so ids ascend with them. */
  static ReleaseIndex load(Database db, PackageNames names, CatalogSize size) {
    long[] ids = new long[(int) size.releases()];
    int[] firsts = new int[size.packages() + 1];
    int[] position = {0, -1};
    String[] current = {null};
    db.sqlQuery("select id, package_id from releases order by id").findEachRow((row, n) -> {
      String packageId = row.getString(2);
      if (!packageId.equals(current[0])) {
        int next = ++position[1];
        if (next >= size.packages() || !names.id(next).equals(packageId)) {
          throw new IllegalStateException("The catalog's releases are not those just generated (" + packageId
              + " where package " + next + " was expected): was it written to meanwhile?");
        }
        current[0] = packageId;
        firsts[next] = position[0];
      }
      if (position[0] >= ids.length) {
        throw new IllegalStateException("The catalog holds more releases than were generated");
      }
      ids[position[0]++] = row.getLong(1);
    });
    if (position[1] != size.packages() - 1 || position[0] != ids.length) {
      throw new IllegalStateException(String.format("The catalog holds releases of %,d packages and %,d releases;"
          + " %,d and %,d were generated", position[1] + 1, position[0], size.packages(), size.releases()));
    }
    firsts[size.packages()] = ids.length;
    return new ReleaseIndex(ids, firsts, names);
  }

  /** How many releases package {@code packageIndex} has. */
  public int releases(int packageIndex) {
    return firsts[packageIndex + 1] - firsts[packageIndex];
  }

  /** The id of release number {@code release} (0 = the oldest) of package {@code packageIndex}. */
  public long releaseId(int packageIndex, int release) {
    return ids[firsts[packageIndex] + release];
  }

  /** Counts a download of release number {@code release} of package {@code packageIndex}, for {@link #writeTotals}. */
  public void count(int packageIndex, int release) {
    downloads[firsts[packageIndex] + release]++;
  }

  /**
   * Sets the stored download totals of the releases and packages that were downloaded, in id
   * order (one pass through each table), on the caller's transaction, running {@code checkpoint}
   * after each {@link ChunkedBatch#ROWS} updates of a table.
   */
  public void writeTotals(Connection connection, Checkpoint checkpoint) throws SQLException {
    List<String> downloaded = new ArrayList<>();
    try (ChunkedBatch release = ChunkedBatch.of(connection, "update releases set download_total = ? where id = ?",
             checkpoint);
         ChunkedBatch pkg = ChunkedBatch.of(connection, "update packages set download_total = ? where id = ?",
             checkpoint)) {
      for (int p = 0; p + 1 < firsts.length; p++) {
        long total = 0;
        for (int r = firsts[p]; r < firsts[p + 1]; r++) {
          if (downloads[r] > 0) {
            total += downloads[r];
            release.statement().setLong(1, downloads[r]);
            release.statement().setLong(2, ids[r]);
            release.add();
          }
        }
        if (total > 0) {
          pkg.statement().setLong(1, total);
          pkg.statement().setString(2, names.id(p));
          pkg.add();
          downloaded.add(names.id(p));
        }
      }
      release.finish();
      pkg.finish();
    }
    // the totals are searchable (downloads:>N): the index refreshes the downloaded packages
    SearchBacklog.mark(connection, downloaded);
  }
}
