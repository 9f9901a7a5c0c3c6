package org.packdesk.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills an empty catalog with N synthetic packages by JDBC batches: PyPI-like names and
 * summaries (Zipf-distributed words), licenses (MIT for 30%), language classifiers, shared
 * maintainers, ~10 releases each over 2005-2024, some yanked, and download rollups.
 */
final class SearchCatalogMaker {

  private static final String[] SYLLABLES = {"py", "req", "ht", "tp", "js", "on", "dj", "an", "go", "fla", "sk",
      "num", "sci", "data", "web", "net", "io", "lib", "core", "util", "test", "yaml", "xml", "sql", "orm", "cli",
      "api", "rest", "async", "aio", "ml", "tensor", "plot", "graph", "cloud", "aws", "db", "cache", "log", "auth"};
  private static final String[] LICENSES = {"Apache-2.0", "BSD-3-Clause", "GPL-3.0-only", "BSD-2-Clause",
      "LGPL-3.0-only", "MPL-2.0", "ISC", "GPL-2.0-only", "Unlicense", "AGPL-3.0-only", "PSF-2.0", "Zlib"};
  private static final String[] LANGUAGES = {"Python", "Python :: 3", "Python :: 2", "Python :: 2.7", "Python :: 3.5",
      "Python :: 3.6", "Python :: 3.7", "Python :: 3.8", "Python :: 3.9", "Python :: 3.10", "Python :: 3.11",
      "Python :: 3.12", "Python :: 3 :: Only", "Python :: Implementation :: CPython",
      "Python :: Implementation :: PyPy", "Cython", "C", "C++", "Rust", "JavaScript"};
  private static final String[] REQUIRES = {">=3.6", ">=3.7", ">=3.8", ">=2.7, !=3.0.*, !=3.1.*, !=3.2.*", "~=3.9",
      ">=3.8,<4", "==2.7.*"};
  private static final String[] LIFECYCLES = {"active", "deprecated", "archived", "quarantined"};

  private final Random random = new Random(42);
  private final List<String> words = new ArrayList<>();

  SearchCatalogMaker() {
    for (String a : SYLLABLES) {
      for (String b : SYLLABLES) {
        words.add(a + b);
      }
    }
    words.addAll(List.of("http", "client", "web", "framework", "requests", "json", "parser", "django", "flask"));
  }

  /** A word, the first ones far more often than the rest (Zipf-like). */
  private String word() {
    int i = (int) Math.min(words.size() - 1, Math.floor(Math.pow(words.size(), random.nextDouble()) - 1));
    return words.get(words.size() - 1 - i);
  }

  void fill(Connection c, int packages, int users) throws SQLException {
    c.setAutoCommit(false);
    try (PreparedStatement license = c.prepareStatement("insert into licenses (id, version) values (?, 1)");
         PreparedStatement language = c.prepareStatement("insert into languages (id, version) values (?, 1)");
         PreparedStatement user = c.prepareStatement(
             "insert into users (id, name, email, email_key, version) values (?, ?, ?, ?, 1)")) {
      for (String l : List.of("MIT")) {
        license.setString(1, l);
        license.executeUpdate();
      }
      for (String l : LICENSES) {
        license.setString(1, l);
        license.executeUpdate();
      }
      for (String l : LANGUAGES) {
        language.setString(1, l);
        language.executeUpdate();
      }
      for (int u = 1; u <= users; u++) {
        String first = capitalise(word());
        String email = "dev" + u + "@" + word() + ".org";
        user.setLong(1, u);
        user.setString(2, first + " " + capitalise(word()));
        user.setString(3, email);
        user.setString(4, email);
        user.addBatch();
        if (u % 10_000 == 0) {
          user.executeBatch();
        }
      }
      user.executeBatch();
    }
    c.commit();
    try (Batches b = new Batches(c)) {
      for (int p = 0; p < packages; p++) {
        b.add(p, users);
        if (p % 5_000 == 4_999) {
          b.flush();
          c.commit();
          if (p % 50_000 == 49_999) {
            System.out.printf("  %,d packages%n", p + 1);
          }
        }
      }
      b.flush();
      org.packdesk.catalog.UsageCounts.recountAll(c); // the licenses' and languages' package counts
      c.commit();
    }
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The prepared inserts, one batch of each per chunk of packages. */
  private final class Batches implements AutoCloseable {
    private final PreparedStatement pkg;
    private final PreparedStatement lang;
    private final PreparedStatement maint;
    private final PreparedStatement rel;
    private final PreparedStatement day;
    private long releaseId;
    private long dayId;

    Batches(Connection c) throws SQLException {
      pkg = c.prepareStatement("insert into packages (id, name, summary, license_id, lifecycle, requires_python,"
          + " created_date, last_updated, version) values (?, ?, ?, ?, ?, ?, ?, ?, 1)");
      lang = c.prepareStatement("insert into package_languages (package_id, language_id) values (?, ?)");
      maint = c.prepareStatement("insert into maintainers (user_id, package_id, role, version) values (?, ?, ?, 1)");
      rel = c.prepareStatement("insert into releases (id, package_id, version_string, major, minor, build, pep440,"
          + " sort_key, created_date, yanked, version) values (?, ?, ?, ?, ?, ?, true, ?, ?, ?, 1)");
      day = c.prepareStatement("insert into download_days (id, utc_day, package_id, release_id, installer, python,"
          + " system, downloads, version) values (?, ?, ?, ?, 'pip', '3.8', 'Linux', ?, 1)");
    }

    void add(int p, int users) throws SQLException {
      String name = word() + (random.nextBoolean() ? "-" : "") + word() + "-" + Integer.toString(p, 36);
      String id = name.toLowerCase();
      pkg.setString(1, id);
      pkg.setString(2, name);
      StringBuilder summary = new StringBuilder(capitalise(word()));
      for (int w = 0, n = 3 + random.nextInt(8); w < n; w++) {
        summary.append(' ').append(word());
      }
      pkg.setString(3, summary.toString());
      int l = random.nextInt(100);
      pkg.setString(4, l < 30 ? "MIT" : l < 40 ? null : LICENSES[random.nextInt(LICENSES.length)]);
      int life = random.nextInt(100);
      pkg.setString(5, LIFECYCLES[life < 90 ? 0 : life < 96 ? 1 : life < 99 ? 2 : 3]);
      pkg.setString(6, random.nextInt(10) < 6 ? REQUIRES[random.nextInt(REQUIRES.length)] : null);
      LocalDate first = LocalDate.of(2005, 1, 1).plusDays(random.nextInt(19 * 365));
      pkg.setTimestamp(7, Timestamp.valueOf(first.atStartOfDay()));
      pkg.setTimestamp(8, Timestamp.valueOf(first.atStartOfDay()));
      pkg.addBatch();
      for (int i = 0; i < LANGUAGES.length; i++) {
        if (random.nextInt(LANGUAGES.length) < 3) {
          lang.setString(1, id);
          lang.setString(2, LANGUAGES[i]);
          lang.addBatch();
        }
      }
      int owners = 1 + random.nextInt(3);
      java.util.Set<Long> chosen = new java.util.HashSet<>();
      for (int m = 0; m < owners; m++) {
        long u = 1 + (long) Math.min(users - 1, Math.floor(Math.pow(users, random.nextDouble()) - 1));
        if (chosen.add(u)) {
          maint.setLong(1, u);
          maint.setString(2, id);
          maint.setString(3, m == 0 ? "owner" : "maintainer");
          maint.addBatch();
        }
      }
      int releases = random.nextInt(21);
      Instant when = first.atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
      for (int r = 0; r < releases; r++) {
        releaseId++;
        when = when.plusSeconds(3600L * (1 + random.nextInt(24 * 60)));
        rel.setLong(1, releaseId);
        rel.setString(2, id);
        rel.setString(3, r / 5 + "." + r % 5 + ".0");
        rel.setInt(4, r / 5);
        rel.setInt(5, r % 5);
        rel.setInt(6, 0);
        rel.setString(7, String.format("%06d.%06d", r / 5, r % 5));
        rel.setTimestamp(8, Timestamp.from(when));
        rel.setBoolean(9, random.nextInt(100) == 0);
        rel.addBatch();
        if (r == releases - 1 && random.nextBoolean()) {
          day.setLong(1, ++dayId);
          day.setDate(2, Date.valueOf(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(300))));
          day.setString(3, id);
          day.setLong(4, releaseId);
          day.setLong(5, (long) Math.pow(10, random.nextDouble() * 6));
          day.addBatch();
        }
      }
    }

    void flush() throws SQLException {
      pkg.executeBatch();
      lang.executeBatch();
      maint.executeBatch();
      rel.executeBatch();
      day.executeBatch();
    }

    @Override
    public void close() throws SQLException {
      for (PreparedStatement s : List.of(pkg, lang, maint, rel, day)) {
        s.close();
      }
    }
  }
}
