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
 */
public final class CatalogBackups {

  public static final int KEEP = 5;
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
      Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
    } catch (IOException e) {
      deleteQuietly(target);
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
      // the message already says the backup failed; a stray partial copy is named as a backup and pruned later
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
