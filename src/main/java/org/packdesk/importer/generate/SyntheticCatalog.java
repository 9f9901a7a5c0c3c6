package org.packdesk.importer.generate;

import io.ebean.Database;
import org.packdesk.importer.ImportedProject;

/**
 * The made-up catalog of one {@link CatalogSize}, before anything is written: its packages, each
 * made on demand from the seed and its index, and its stream of downloads. {@link CatalogGenerator}
 * writes it through Packdesk's importers; a benchmark can write the same rows another way.
 */
public final class SyntheticCatalog {

  private final CatalogSize size;
  private final PackageNames names;
  private final ProjectFactory projects;

  public SyntheticCatalog(CatalogSize size) {
    this.size = size;
    this.names = new PackageNames(size.seed());
    this.projects = new ProjectFactory(size, names, new ReleasePlan(size));
  }

  public CatalogSize size() {
    return size;
  }

  /** Package {@code index} (0 to packages - 1) as the PyPI importer's mapper would hand it over. */
  public ImportedProject project(int index) {
    return projects.project(index);
  }

  /** The id of package {@code index}, without making the rest of it. */
  public String packageId(int index) {
    return names.id(index);
  }

  /** The downloads, in time order; each call starts them afresh. */
  public DownloadEvents downloads() {
    return new DownloadEvents(size);
  }

  /** The release ids of this catalog's packages, once they are written (in index order) into {@code db}. */
  public ReleaseIndex releaseIds(Database db) {
    return ReleaseIndex.load(db, names, size);
  }
}
