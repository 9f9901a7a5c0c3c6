package org.packdesk.importer;

import io.ebean.Database;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.packdesk.model.query.QReleaseFile;

/**
 * Finds the release and package of a file name for the download import, without a query per log
 * line: a catalog of up to {@value #PRELOAD_LIMIT} files is loaded whole, once per import; a larger
 * one is looked up file by file through a bounded cache that also remembers unknown names.
 */
final class ReleaseFileIndex {

  /** The release and package a file belongs to. */
  record FileRef(long releaseId, String packageId) {
  }

  static final int PRELOAD_LIMIT = 500_000;
  private static final int CACHE_SIZE = 100_000;
  private static final FileRef UNKNOWN = new FileRef(-1, null);
  private static final String SELECT = "select f.filename, f.release_id, r.package_id from release_files f"
      + " join releases r on r.id = f.release_id";

  private final Database db;
  private final boolean complete;
  private final Map<String, FileRef> files;

  ReleaseFileIndex(Database db) {
    this.db = db;
    complete = new QReleaseFile(db).findCount() <= PRELOAD_LIMIT;
    if (complete) {
      files = new HashMap<>();
      db.sqlQuery(SELECT).findEachRow((row, n) -> files.put(row.getString(1), new FileRef(row.getLong(2), row.getString(3))));
    } else {
      files = new LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, FileRef> eldest) {
          return size() > CACHE_SIZE;
        }
      };
    }
  }

  /** The file's release and package, or null when the catalog has no file of that name. */
  FileRef find(String filename) {
    FileRef ref = files.get(filename);
    if (ref == null && !complete) {
      ref = db.sqlQuery(SELECT + " where f.filename = ?").setParameter(filename)
          .mapTo((row, n) -> new FileRef(row.getLong(2), row.getString(3))).findOne();
      files.put(filename, ref == null ? UNKNOWN : ref);
    }
    return ref == UNKNOWN ? null : ref;
  }
}
