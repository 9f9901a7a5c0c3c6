package org.packdesk.bench;

import io.ebean.Database;
import io.ebean.Transaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.packdesk.catalog.PackageDetail;
import org.packdesk.catalog.PackageDetails;
import org.packdesk.catalog.ReleaseVersions;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.db.CatalogLocation;
import org.packdesk.model.Download;
import org.packdesk.model.Package;
import org.packdesk.model.Release;
import org.packdesk.model.ReleaseFile;

/**
 * How long the package detail takes to read a big package (not a test): one package with 200
 * releases of 3 files each, read warm, many times. Prints the median and the slowest.
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.packdesk.bench.PackageDetailBenchmark
 * </pre>
 */
public final class PackageDetailBenchmark {

  public static final int RELEASES = 200;
  public static final int FILES_PER_RELEASE = 3;

  private PackageDetailBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("packdesk-detail-bench");
    try (CatalogDatabase catalog = CatalogDatabase.open(CatalogLocation.ofFile(dir.resolve("catalog")));
         FreshResults fresh = FreshResults.during(catalog.database())) {
      String id = makeBigPackage(catalog.database(), "bigpkg", RELEASES, FILES_PER_RELEASE);
      System.out.println(measure(new PackageDetails(catalog.database()), id, 200));
    }
    System.exit(0);
  }

  /** A package with {@code releases} releases of {@code files} files each, and a download for every other release. */
  public static String makeBigPackage(Database db, String name, int releases, int files) {
    try (Transaction txn = db.beginTransaction()) {
      txn.setBatchSize(500);
      Package pkg = new Package(name, "A package with many releases");
      pkg.setDescription("Big\n===\n\nMany releases.");
      db.save(pkg);
      Instant day = Instant.parse("2010-01-01T00:00:00Z");
      for (int i = 0; i < releases; i++) {
        Release release = ReleaseVersions.newRelease(pkg, (1 + i / 50) + "." + (i % 50 / 10) + "." + (i % 10));
        release.setCreatedDate(day.plusSeconds(86_400L * i));
        for (int f = 0; f < files; f++) {
          ReleaseFile file = new ReleaseFile(release, name + "-" + release.getVersionString() + "-" + f + ".whl");
          file.setPackagetype(f == 0 ? "sdist" : "bdist_wheel");
          file.setSize(10_000L + f);
          file.setSha256(String.format("%064x", i * 10L + f));
          file.setUploadTime(release.getCreatedDate());
          release.getFiles().add(file);
        }
        db.save(release);
        if (i % 2 == 0) {
          db.save(new Download(release, release.getCreatedDate()));
        }
      }
      txn.flush();
      org.packdesk.catalog.CatalogTotals.recountAll(txn.connection()); // the stored totals the pane reads
      txn.commit();
      return pkg.getId();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads the package once cold, then {@code runs} times after as many warm-up reads; says how long that took. */
  public static String measure(PackageDetails details, String id, int runs) {
    long coldStart = System.nanoTime();
    details.load(id);
    long cold = System.nanoTime() - coldStart;
    for (int i = 0; i < runs; i++) {
      details.load(id);
    }
    long[] nanos = new long[runs];
    PackageDetail detail = null;
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      detail = details.load(id).orElseThrow();
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    long filesStart = System.nanoTime();
    details.files(detail.releases().get(0).id());
    long filesNanos = System.nanoTime() - filesStart;
    return String.format("Package detail of %s (%d releases, %d files): first read %.1f ms; median %.2f ms, slowest %.2f ms"
            + " over %d warm reads; files of one release %.2f ms", id, detail.releases().size(),
        detail.releases().stream().mapToInt(PackageDetail.ReleaseLine::files).sum(), cold / 1e6, nanos[runs / 2] / 1e6,
        nanos[runs - 1] / 1e6, runs, filesNanos / 1e6);
  }
}
