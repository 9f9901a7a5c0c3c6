package org.packdesk;

import io.ebean.Database;
import io.ebean.Transaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.packdesk.catalog.ReleaseVersions;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.db.CatalogLocation;
import org.packdesk.model.Download;
import org.packdesk.model.License;
import org.packdesk.model.Maintainer;
import org.packdesk.model.MaintainerRole;
import org.packdesk.model.Package;
import org.packdesk.model.ProgrammingLanguage;
import org.packdesk.model.Release;
import org.packdesk.model.ReleaseFile;
import org.packdesk.model.User;

/**
 * Writes a catalog to look at the app with: the tests' sample, plus (with {@code --volume}) a few
 * hundred generated packages, releases, users and downloads so that sizes, counts and sorting
 * show. Usage: {@code MakeSampleCatalog PATH [--volume]}; PATH is the catalog file without suffix.
 */
public final class MakeSampleCatalog {

  private static final List<String> LICENSES = List.of("MIT", "Apache-2.0", "BSD-3-Clause", "GPL-3.0-or-later",
      "LGPL-2.1-only", "MPL-2.0", "ISC", "PSF-2.0");
  private static final List<String> LANGUAGES = List.of("Python :: 3", "Python :: 3.6", "Python :: 3.11",
      "Python :: 3.12", "Python :: Implementation :: CPython", "Python :: Implementation :: PyPy", "C", "Rust", "Cython");
  private static final List<String> AGENTS = List.of("pip/23.3.1 {\"python\":\"3.11.6\"}",
      "pip/24.0 {\"python\":\"3.12.1\",\"system\":{\"name\":\"Linux\"}}", "uv/0.1.24", "poetry/1.7.1",
      "Mozilla/5.0 (X11; Linux x86_64; rv:122.0) Gecko/20100101 Firefox/122.0");

  private MakeSampleCatalog() {
  }

  public static void main(String[] args) {
    Path target = Path.of(args[0]);
    try {
      Files.deleteIfExists(Path.of(target + CatalogLocation.H2_SUFFIX));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    try (CatalogDatabase catalog = CatalogDatabase.open(CatalogLocation.ofFile(target))) {
      TestCatalogs.fillSample(catalog.database());
      if (List.of(args).contains("--volume")) {
        addVolume(catalog.database());
      }
      catalog.database().sqlUpdate("checkpoint sync").execute();
    }
    System.out.println("Wrote " + target + CatalogLocation.H2_SUFFIX);
  }

  private static void addVolume(Database db) {
    Random random = new Random(42);
    try (Transaction txn = db.beginTransaction()) {
      txn.setBatchSize(200);
      License mit = new License("MIT");
      mit.setDescription("MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy...");
      db.save(mit);
      for (String id : LICENSES.subList(3, LICENSES.size())) {
        License license = new License(id);
        license.setDescription(id.replace('-', ' ') + " license");
        db.save(license);
      }
      for (String name : LANGUAGES.subList(2, LANGUAGES.size())) {
        db.save(new ProgrammingLanguage(name));
      }
      for (int u = 0; u < 40; u++) {
        User user = new User("Curator " + (char) ('A' + u % 26) + ". Example" + u, "curator" + u + "@example.org");
        if (u % 3 != 0) {
          user.setLastLogin(Instant.parse("2024-01-01T00:00:00Z").plus(Duration.ofHours(97L * u)));
        }
        db.save(user);
      }
      List<User> users = db.find(User.class).findList();
      Instant start = Instant.parse("2019-01-01T00:00:00Z");
      for (int p = 0; p < 300; p++) {
        Package pkg = new Package("example-package-" + p, "Generated package number " + p + " for a screenshot");
        pkg.setLicense(db.find(License.class, LICENSES.get(Math.min(random.nextInt(LICENSES.size()),
            random.nextInt(LICENSES.size())))));
        pkg.getLanguages().add(db.find(ProgrammingLanguage.class, LANGUAGES.get(random.nextInt(LANGUAGES.size()))));
        pkg.setLastUpdated(start.plus(Duration.ofDays(random.nextInt(1800))));
        db.save(pkg);
        db.save(new Maintainer(users.get(p % users.size()), pkg, MaintainerRole.OWNER));
        if (p % 4 == 0) {
          db.save(new Maintainer(users.get((p + 7) % users.size()), pkg, MaintainerRole.MAINTAINER));
        }
        for (int r = 0; r < 1 + random.nextInt(4); r++) {
          Release release = ReleaseVersions.newRelease(pkg, "1." + r + "." + random.nextInt(10));
          release.setCreatedDate(start.plus(Duration.ofHours(random.nextInt(1800 * 24))));
          if (random.nextInt(40) == 0) {
            release.setYanked(true);
            release.setYankedReason(random.nextBoolean() ? "Security issue, use 1." + (r + 1) + ".0" : null);
          }
          for (int f = 0; f < 1 + random.nextInt(5); f++) {
            ReleaseFile file = new ReleaseFile(release, pkg.getId() + "-" + release.getVersionString() + "-" + f + ".whl");
            file.setSize((long) Math.pow(10, 3 + random.nextDouble() * 5));
            release.getFiles().add(file);
          }
          db.save(release);
          for (int d = 0; d < random.nextInt(4); d++) {
            Download download = new Download(release, release.getCreatedDate().plusSeconds(random.nextInt(86_400 * 90)));
            download.setIpAddress("198.51.100." + random.nextInt(255));
            download.setUserAgent(AGENTS.get(random.nextInt(AGENTS.size())));
            db.save(download);
          }
        }
      }
      txn.flush();
      org.packdesk.catalog.CatalogTotals.recountAll(txn.connection()); // the stored totals and counts tables sort by
      txn.commit();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
