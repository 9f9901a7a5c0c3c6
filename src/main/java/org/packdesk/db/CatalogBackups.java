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
import java.util.stream.Stream;

/**
 * Timestamped copies of a catalog file, made beside it before its schema is migrated. Each copy
 * is itself an H2 file ({@code catalog.backup-20261123-233000.mv.db}), openable with {@code --db}.
 */
public final class CatalogBackups {

  public static final int KEEP = 5;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final Path catalogFile;

  /** @param catalogFile the catalog's path without its {@code .mv.db} ending */
  public CatalogBackups(Path catalogFile) {
    this.catalogFile = catalogFile;
  }

  /** Copies the closed catalog file to a new backup, then keeps only the newest {@link #KEEP}. */
  public Path backup(LocalDateTime now) {
    Path source = withSuffix(catalogFile.getFileName().toString());
    String base = catalogFile.getFileName() + ".backup-" + STAMP.format(now);
    Path target = withSuffix(base);
    for (int i = 1; Files.exists(target); i++) {
      target = withSuffix(base + "-" + i);
    }
    try {
      Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
      prune();
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not back up " + source + " to " + target, e);
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
