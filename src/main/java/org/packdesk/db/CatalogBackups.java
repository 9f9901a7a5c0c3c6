package org.packdesk.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Timestamped copies of a catalog file, made beside it before its schema is migrated. Each copy
 * is itself an H2 file ({@code catalog.backup-20261123-233000.mv.db}), openable with {@code --db}.
 * A copy is written under a {@value #PART} name and renamed once complete, so a copy cut off (the
 * app killed, the machine off) is never taken for a backup; the next backup removes it.
 */
public final class CatalogBackups {

  private static final Logger LOG = LoggerFactory.getLogger(CatalogBackups.class);
  public static final int KEEP = 5;
  /** The ending of a copy being written. */
  static final String PART = ".part";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  /** Room left beside the copy, for the migration that follows it to write in. */
  static final long HEADROOM = 64L * 1024 * 1024;

  private final Path catalogFile;
  private final ToLongFunction<Path> usableSpace;

  /** @param catalogFile the catalog's path without its {@code .mv.db} ending */
  public CatalogBackups(Path catalogFile) {
    this(catalogFile, CatalogBackups::usableSpace);
  }

  /** With {@code usableSpace} telling the free bytes of a folder's disk (a test's full disk). */
  CatalogBackups(Path catalogFile, ToLongFunction<Path> usableSpace) {
    this.catalogFile = catalogFile;
    this.usableSpace = usableSpace;
  }

  /**
   * Copies the closed catalog file to a new backup, then keeps only the newest {@link #KEEP}.
   *
   * @throws CatalogOpenException when the disk has no room for the copy (checked first, so that a
   *     catalog of many gigabytes does not fill the disk to fail at the end), or the copy fails: no
   *     partial backup is left, and the catalog is untouched
   */
  public Path backup(LocalDateTime now) {
    Path source = withSuffix(catalogFile.getFileName().toString());
    String base = catalogFile.getFileName() + ".backup-" + STAMP.format(now);
    Path target = withSuffix(base);
    for (int i = 1; Files.exists(target); i++) {
      target = withSuffix(base + "-" + i);
    }
    removeCutOffCopies(); // first: a cut-off copy of a big catalog may be what fills the disk
    long needed = size(source) + HEADROOM;
    long free = usableSpace.applyAsLong(target.toAbsolutePath().getParent());
    if (free < needed) {
      throw new CatalogOpenException(String.format("Packdesk backs the catalog %s up before updating it, and the copy"
          + " needs %s, but only %s is free on that disk. Nothing was changed: free some space there (older backups"
          + " beside it, %s.backup-*.mv.db, can go) and open it again.", source, amount(needed), amount(free),
          catalogFile.getFileName()));
    }
    try {
      copyWhole(source, target);
    } catch (IOException e) {
      throw new CatalogOpenException("Packdesk could not back the catalog " + source + " up to " + target + " ("
          + e.getMessage() + ") before updating it. Nothing was changed; the catalog opens again once the backup"
          + " can be written.", e);
    }
    try {
      prune();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not remove an old backup beside " + source, e);
    }
    return target;
  }

  /**
   * Notes, beside the catalog, that it is being upgraded after {@code backup} was made: should the
   * upgrade be cut off, the next start restores that backup, and only that one.
   */
  void markUpgrade(Path backup) {
    try {
      Files.writeString(marker(), backup.getFileName().toString());
    } catch (IOException e) {
      throw new CatalogOpenException("Packdesk could not write " + marker() + " before upgrading the catalog ("
          + e.getMessage() + "). Nothing was changed.", e);
    }
  }

  /** The backup made before an upgrade that was cut off, if the note of one names a backup still there. */
  Optional<Path> markedUpgrade() {
    try {
      if (!Files.exists(marker())) {
        return Optional.empty();
      }
      Path backup = catalogFile.resolveSibling(Files.readString(marker()).strip());
      return list().contains(backup) ? Optional.of(backup) : Optional.empty();
    } catch (IOException | java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
  }

  /** Removes the note of an upgrade under way (it ended, well or not). */
  void clearUpgradeMark() {
    deleteQuietly(marker());
  }

  private Path marker() {
    return catalogFile.resolveSibling(catalogFile.getFileName() + ".upgrading");
  }

  /**
   * Puts {@code backup} back in the place of the closed catalog file (an upgrade cut off half-way).
   * The cut-off file is kept aside, renamed ({@code NAME.interrupted-STAMP.mv.db}), and the search
   * index beside it removed: it is rebuilt from the restored catalog.
   *
   * @return where the cut-off file was put
   */
  Path restore(Path backup, LocalDateTime now) {
    Path file = withSuffix(catalogFile.getFileName().toString());
    Path aside = withSuffix(catalogFile.getFileName() + ".interrupted-" + STAMP.format(now));
    try {
      Files.move(file, aside);
    } catch (IOException e) {
      throw new CatalogOpenException("Packdesk could not set the catalog " + file + " aside to restore it from its"
          + " backup " + backup + " (" + e.getMessage() + "). Nothing was changed.", e);
    }
    try {
      copyWhole(backup, file);
    } catch (IOException e) {
      try {
        Files.move(aside, file);
      } catch (IOException again) {
        e.addSuppressed(again);
      }
      throw new CatalogOpenException("Packdesk could not restore the catalog " + file + " from its backup " + backup
          + " (" + e.getMessage() + "). The backup is unchanged: copy it over the catalog by hand, or free some"
          + " space and open the catalog again.", e);
    }
    try {
      CatalogFiles.deleteFolder(CatalogLocation.searchFolder(catalogFile));
    } catch (IOException e) {
      LOG.warn("Could not remove the search index beside {}: it is checked against the catalog when it opens",
          catalogFile, e);
    }
    return aside;
  }

  /**
   * Copies {@code source} to a part file beside {@code target}, flushes it to the disk, then renames
   * it to {@code target}: a copy cut off, even by a power cut, is never under the target's name.
   */
  private static void copyWhole(Path source, Path target) throws IOException {
    Path part = target.resolveSibling(target.getFileName() + PART);
    try {
      Files.copy(source, part, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
      try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      CatalogFiles.moveReplacing(part, target);
    } catch (IOException e) {
      deleteQuietly(part);
      throw e;
    }
  }

  /** Deletes the part files that copies cut off left beside the catalog (what cannot go is left, and logged). */
  private void removeCutOffCopies() {
    String name = catalogFile.getFileName().toString();
    try (Stream<Path> files = Files.list(catalogFile.toAbsolutePath().getParent())) {
      for (Path p : files.filter(p -> {
        String n = p.getFileName().toString();
        return n.endsWith(CatalogLocation.H2_SUFFIX + PART)
            && (n.equals(name + CatalogLocation.H2_SUFFIX + PART) || n.startsWith(name + ".backup-"));
      }).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      LOG.warn("Could not remove a cut-off copy beside {}", catalogFile, e);
    }
  }


  /** "1.2 GB" or "340 MB": how much a curator has to free. */
  static String amount(long bytes) {
    return bytes >= 1_000_000_000L ? String.format("%.1f GB", bytes / 1e9) : String.format("%,d MB", bytes / 1_000_000);
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the size of " + file, e);
    }
  }

  private static long usableSpace(Path folder) {
    try {
      return Files.getFileStore(folder).getUsableSpace();
    } catch (IOException e) {
      return Long.MAX_VALUE; // unknown: let the copy itself tell
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // the message already says the copy failed; the next backup removes the part file
    }
  }

  /** Existing backups, oldest first. */
  public List<Path> list() {
    String prefix = catalogFile.getFileName() + ".backup-";
    try (Stream<Path> files = Files.list(catalogFile.getParent())) {
      return new ArrayList<>(files
          .filter(p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(CatalogLocation.H2_SUFFIX);
          })
          .sorted(Comparator.comparing(Path::toString)) // names carry the timestamp
          .toList());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list backups in " + catalogFile.getParent(), e);
    }
  }

  private void prune() throws IOException {
    List<Path> all = list();
    for (int i = 0; i < all.size() - KEEP; i++) {
      Files.deleteIfExists(all.get(i));
    }
  }

  private Path withSuffix(String baseName) {
    return catalogFile.resolveSibling(baseName + CatalogLocation.H2_SUFFIX);
  }
}
