package org.packdesk.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Held while a catalog file is opened: checked, backed up, restored and migrated. H2 gives its
 * file to one process at a time, but the file is closed while it is copied; a second Packdesk
 * started then (a double click) must not open it, back it up or restore it too. The operating
 * system releases the lock of a process that dies, so a lock file left behind holds nothing.
 */
final class OpeningLock implements AutoCloseable {

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private OpeningLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock of the catalog at {@code location} (nothing to take for a server's catalog). */
  static OpeningLock acquire(CatalogLocation location) {
    if (location.file().isEmpty()) {
      return new OpeningLock(null, null, null);
    }
    Path catalog = location.file().get();
    Path file = catalog.resolveSibling(catalog.getFileName() + ".opening.lock");
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = CatalogFiles.tryLock(channel);
      if (lock == null) {
        channel.close();
        throw new CatalogOpenException("The catalog " + location + " is being opened by another Packdesk window or"
            + " process. Wait for it to open there, or open a different catalog with --db.");
      }
      return new OpeningLock(file, channel, lock);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new CatalogOpenException("Packdesk could not lock the catalog " + location + " to open it ("
          + e.getMessage() + "). Check that its folder can be written to.", e);
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // the lock goes with the channel
      }
    }
  }

  @Override
  public void close() {
    if (channel == null) {
      return;
    }
    try {
      lock.release();
    } catch (IOException ignored) {
      // closing the channel releases it too
    }
    closeQuietly(channel);
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // an unlocked lock file holds nothing
    }
  }
}
