package org.packdesk.catalog.search;

import io.ebean.Database;
import io.ebean.Transaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.packdesk.catalog.DownloadRollup;
import org.packdesk.model.License;
import org.packdesk.model.LifecycleStatus;
import org.packdesk.model.Maintainer;
import org.packdesk.model.MaintainerRole;
import org.packdesk.model.Package;
import org.packdesk.model.ProgrammingLanguage;
import org.packdesk.model.Release;
import org.packdesk.model.User;

/** A small random catalog (seeded) whose values overlap enough that random queries find something. */
final class GeneratedCatalog {

  static final List<String> WORDS = List.of("http", "client", "web", "framework", "async", "data", "parser", "json",
      "fast", "tools", "test", "plugin", "django", "flask", "numpy", "array", "utils", "cli", "requests", "yaml");
  static final List<String> LICENSES = List.of("MIT", "Apache-2.0", "BSD-3-Clause", "GPL-3.0-only");
  static final List<String> LANGUAGES = List.of("Python", "Python :: 3", "Python :: 3.6", "Python :: 3.8",
      "Python :: 2.7", "Python :: 3 :: Only", "Cython");
  static final List<String> REQUIRES = List.of(">=3.6", ">=2.7, !=3.0.*, !=3.1.*", "~=3.8", "==3.*", "<3", "nonsense");
  static final List<String> NAMES = List.of("Kenneth Reitz", "Armin Ronacher", "Ann Lee", "Bob Marley-Smith");

  private GeneratedCatalog() {
  }

  static void fill(Database db, long seed, int packages) {
    Random random = new Random(seed);
    DownloadRollup rollup = new DownloadRollup();
    try (Transaction txn = db.beginTransaction()) {
      List<License> licenses = new ArrayList<>();
      LICENSES.forEach(l -> licenses.add(new License(l)));
      db.saveAll(licenses);
      List<ProgrammingLanguage> languages = new ArrayList<>();
      LANGUAGES.forEach(l -> languages.add(new ProgrammingLanguage(l)));
      db.saveAll(languages);
      List<User> users = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String name = i < NAMES.size() ? NAMES.get(i) : null;
        users.add(new User(name, "user" + i + "@Example" + (i % 3) + ".org"));
      }
      db.saveAll(users);
      for (int i = 0; i < packages; i++) {
        Package p = new Package(pick(random, WORDS) + (random.nextBoolean() ? "-" : "_") + pick(random, WORDS) + i,
            words(random, 2 + random.nextInt(5)));
        if (random.nextInt(5) > 0) {
          p.setLicense(pick(random, licenses));
        }
        if (random.nextInt(3) > 0) {
          p.setRequiresPython(pick(random, REQUIRES));
        }
        p.setLifecycle(LifecycleStatus.values()[random.nextInt(10) < 7 ? 0 : random.nextInt(4)]);
        for (ProgrammingLanguage language : languages) {
          if (random.nextInt(3) == 0) {
            p.getLanguages().add(language);
          }
        }
        db.save(p);
        for (User user : users) {
          if (random.nextInt(4) == 0) {
            db.save(new Maintainer(user, p, MaintainerRole.MAINTAINER));
          }
        }
        int releases = random.nextInt(4);
        for (int r = 0; r < releases; r++) {
          Release release = new Release(p, r + "." + random.nextInt(3) + (random.nextInt(4) == 0 ? "rc1" : ""));
          if (p.getReleases().stream().anyMatch(x -> x.getVersionString().equals(release.getVersionString()))) {
            continue;
          }
          release.setSortKey(release.getVersionString());
          release.setCreatedDate(random.nextInt(8) == 0 ? null : day(random).atStartOfDay().toInstant(ZoneOffset.UTC)
              .plusSeconds(random.nextInt(86_400)));
          release.setYanked(random.nextInt(6) == 0);
          db.save(release);
          p.getReleases().add(release);
          if (random.nextBoolean()) {
            rollup.add(new DownloadRollup.DayKey(day(random), release.getId(), p.getId(), "pip", "3.6", "Linux"),
                1 + random.nextInt(2000));
          }
        }
      }
      txn.flush();
      rollup.write(txn.connection()); // the rollups and the stored totals, as an import keeps them
      org.packdesk.catalog.UsageCounts.recountAll(txn.connection());
      txn.commit();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static LocalDate day(Random random) {
    return LocalDate.of(2012, 1, 1).plusDays(random.nextInt(8 * 365));
  }

  static String words(Random random, int count) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      words.add(random.nextInt(6) == 0 ? pick(random, WORDS).toUpperCase() : pick(random, WORDS));
    }
    return String.join(random.nextBoolean() ? " " : ", ", words) + ".";
  }

  static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  static Instant at(String instant) {
    return Instant.parse(instant);
  }
}
