package org.packdesk.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Function;

/**
 * A catalog file filled beside its final place ({@code name.staging.mv.db}) and moved onto it
 * only once complete, so that a fill stopped halfway (a killed process, a full disk, an error)
 * never leaves a half-filled catalog under the name a curator opens: the target is either
 * untouched or complete. What a stopped fill left behind is removed by the next one.
 */
public final class StagedCatalog {

  static final String STAGING_SUFFIX = ".staging";

  private final CatalogLocation target;
  private final CatalogLocation staging;

  private StagedCatalog(CatalogLocation target, CatalogLocation staging) {
    this.target = target;
    this.staging = staging;
  }

  /** @throws IllegalArgumentException when {@code target} is not a file (a JDBC URL) */
  public static StagedCatalog of(CatalogLocation target) {
    Path file = target.file().orElseThrow(() -> new IllegalArgumentException(
        target + " is not a catalog file; only a file can be filled beside its place"));
    return new StagedCatalog(target, CatalogLocation.ofFile(file.resolveSibling(file.getFileName() + STAGING_SUFFIX)));
  }

  /** Where the catalog is filled until it is complete. */
  public CatalogLocation staging() {
    return staging;
  }

  /**
   * Removes what a stopped fill left at {@link #staging()}; true when there was something.
   * Nothing else ever writes there.
   */
  public boolean removeLeftover() {
    try {
      return Files.deleteIfExists(staging.dataFile().orElseThrow())
          | Files.deleteIfExists(traceFile(staging))
          | CatalogFiles.deleteFolder(searchFolder(staging));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not remove the unfinished catalog " + staging + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens a fresh catalog at {@link #staging()}, lets {@code fill} write it, closes it, and moves
   * it onto the target (replacing the file there, which the caller has found empty). Should
   * {@code fill} fail, the staging file is deleted and the target left as it was.
   *
   * @throws CatalogOpenException when the target is open in another program at the end: the
   *     complete catalog is then left at {@link #staging()}, and the message says so
   */
  public <T> T fill(Function<CatalogDatabase, T> fill) {
    removeLeftover();
    T result;
    try (CatalogDatabase db = CatalogDatabase.open(staging)) {
      result = fill.apply(db);
    } catch (RuntimeException | Error e) {
      try {
        removeLeftover();
      } catch (UncheckedIOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
    moveOntoTarget();
    return result;
  }

  private void moveOntoTarget() {
    Path from = staging.dataFile().orElseThrow();
    Path to = target.dataFile().orElseThrow();
    try {
      if (Files.exists(to)) {
        ensureClosed(to);
      }
      // the search index made beside the new catalog replaces the one of the file it replaces
      CatalogFiles.deleteFolder(searchFolder(target));
      if (Files.isDirectory(searchFolder(staging))) {
        Files.move(searchFolder(staging), searchFolder(target));
      }
      CatalogFiles.moveReplacing(from, to);
      Files.deleteIfExists(traceFile(staging));
    } catch (IOException e) {
      throw new UncheckedIOException("The catalog is complete at " + from + " but could not be moved to " + to + " ("
          + e.getMessage() + "): move it there yourself, or open it where it is with --db " + staging.file().get(), e);
    }
  }

  /** H2 locks an open catalog file; replacing it under a running Packdesk would lose the curator's view of it. */
  private void ensureClosed(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
         FileLock lock = CatalogFiles.tryLock(channel)) {
      if (lock == null) {
        throw new CatalogOpenException(file + " is open in another program (Packdesk?); the new catalog is complete at "
            + staging.dataFile().get() + ". Close the other program and move it onto " + file
            + ", or open it where it is with --db " + staging.file().get());
      }
    }
  }

  private static Path searchFolder(CatalogLocation location) {
    return CatalogLocation.searchFolder(location.file().orElseThrow());
  }

  private static Path traceFile(CatalogLocation location) {
    Path file = location.file().orElseThrow();
    return file.resolveSibling(file.getFileName() + ".trace.db");
  }
}
