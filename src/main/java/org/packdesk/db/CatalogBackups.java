package org.packdesk.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * Timestamped copies of a catalog file, made beside it before its schema is migrated. Each copy
 * is itself an H2 file ({@code catalog.backup-20261123-233000.mv.db}), openable with {@code --db}.
 * A copy is written under a {@value #PART} name and renamed once complete, so a copy cut off (the
 * app killed, the machine off) is never taken for a backup; the next backup removes it.
 */
public final class CatalogBackups {

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
    long needed = size(source) + HEADROOM;
    long free = usableSpace.applyAsLong(target.toAbsolutePath().getParent());
    if (free < needed) {
      throw new CatalogOpenException(String.format("Packdesk backs the catalog %s up before updating it, and the copy"
          + " needs %s, but only %s is free on that disk. Nothing was changed: free some space there (older backups"
          + " beside it, %s.backup-*.mv.db, can go) and open it again.", source, amount(needed), amount(free),
          catalogFile.getFileName()));
    }
    try {
      removeCutOffCopies();
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
   * Puts {@code backup} back in the place of the closed catalog file (an upgrade cut off half-way).
   * The catalog file is replaced only once the copy is complete.
   */
  void restore(Path backup) {
    Path file = withSuffix(catalogFile.getFileName().toString());
    try {
      copyWhole(backup, file);
    } catch (IOException e) {
      throw new CatalogOpenException("Packdesk could not restore the catalog " + file + " from its backup " + backup
          + " (" + e.getMessage() + "). The backup is unchanged: copy it over the catalog by hand, or free some"
          + " space and open the catalog again.", e);
    }
  }

  /** Copies {@code source} to a part file beside {@code target}, then renames it to {@code target}. */
  private static void copyWhole(Path source, Path target) throws IOException {
    Path part = target.resolveSibling(target.getFileName() + PART);
    try {
      Files.copy(source, part, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      deleteQuietly(part);
      throw e;
    }
  }

  /** Deletes the part files that copies cut off left beside the catalog. */
  private void removeCutOffCopies() throws IOException {
    String name = catalogFile.getFileName().toString();
    try (Stream<Path> files = Files.list(catalogFile.toAbsolutePath().getParent())) {
      for (Path p : files.filter(p -> {
        String n = p.getFileName().toString();
        return n.endsWith(CatalogLocation.H2_SUFFIX + PART)
            && (n.equals(name + CatalogLocation.H2_SUFFIX + PART) || n.startsWith(name + ".backup-"));
      }).toList()) {
        Files.deleteIfExists(p);
      }
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
