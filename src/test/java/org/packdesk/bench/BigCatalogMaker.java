package org.packdesk.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.packdesk.db.CatalogDatabase;
import org.packdesk.db.CatalogLocation;
import org.packdesk.importer.Pep440Version;

/**
 * Makes a big catalog quickly for the paging and start-up benchmarks: packages, releases (with
 * their stored totals, no file rows), users and downloads written as JDBC batches with random
 * but plausible values (ties, nulls). Not a test; run with
 * {@code -Dexec.mainClass=org.packdesk.bench.BigCatalogMaker -Dexec.args="/tmp/big/catalog 700000 10 0"}
 * (catalog, packages, releases per package, downloads).
 */
public final class BigCatalogMaker {

  private static final String[] WORDS = {"http", "json", "async", "django", "flask", "data", "tool", "client", "cli",
      "test", "yaml", "crypto", "image", "parser", "web", "numpy", "plot", "aws", "sql", "graph"};
  private static final String[] LICENSES = {"MIT", "Apache-2.0", "BSD-3-Clause", "GPL-3.0-only", "LGPL-2.1-only",
      "MPL-2.0", "ISC", "BSD-2-Clause", "Unlicense", "AGPL-3.0-only"};

  private BigCatalogMaker() {
  }

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int packages = Integer.parseInt(args[1]);
    int perPackage = Integer.parseInt(args[2]);
    long downloads = Long.parseLong(args[3]);
    long start = System.nanoTime();
    CatalogLocation location = CatalogLocation.ofFile(file);
    CatalogDatabase.open(location).close();
    try (Connection c = DriverManager.getConnection(location.jdbcUrl(), "sa", "")) {
      c.setAutoCommit(false);
      try (PreparedStatement license = c.prepareStatement("insert into licenses (id, version) values (?, 1)")) {
        for (String id : LICENSES) {
          license.setString(1, id);
          license.addBatch();
        }
        license.executeBatch();
      }
      List<String> indexes = dropIndexes(c);
      fill(c, packages, perPackage, new Random(7));
      c.commit();
      System.out.printf("rows written in %,d s; indexing%n", (System.nanoTime() - start) / 1_000_000_000);
      try (var statement = c.createStatement()) {
        for (String index : indexes) {
          statement.execute(index);
        }
      }
      org.packdesk.catalog.UsageCounts.recountAll(c); // the licenses' package counts, as the importer keeps them
      c.commit();
      System.out.printf("%,d packages, %,d releases in %,d s%n", packages, (long) packages * perPackage,
          (System.nanoTime() - start) / 1_000_000_000);
      downloads(c, packages, perPackage, downloads, new Random(8));
      c.commit();
    }
    System.out.printf("done in %,d s%n", (System.nanoTime() - start) / 1_000_000_000);
  }

  /** Drops the secondary indexes of packages and releases (those no constraint needs); returns their DDL. */
  private static List<String> dropIndexes(Connection c) throws Exception {
    List<String> ddl = new ArrayList<>();
    List<String[]> found = new ArrayList<>();
    try (var statement = c.createStatement(); var rs = statement.executeQuery("select index_name, table_name,"
        + " listagg(column_name, ',') within group (order by ordinal_position) from information_schema.index_columns"
        + " where table_name in ('PACKAGES', 'RELEASES') and index_name like 'IX_%' group by index_name, table_name")) {
      while (rs.next()) {
        found.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
      }
    }
    for (String[] index : found) {
      try (var statement = c.createStatement()) {
        statement.execute("drop index " + index[0]);
        ddl.add("create index " + index[0] + " on " + index[1] + " (" + index[2] + ")");
      } catch (java.sql.SQLException inUse) {
        // a constraint's index stays
      }
    }
    return ddl;
  }

  private static void fill(Connection c, int packages, int perPackage, Random random) throws Exception {
    Instant base = Instant.parse("2010-01-01T00:00:00Z");
    try (PreparedStatement pkg = c.prepareStatement("insert into packages (id, name, summary, license_id, created_date,"
        + " last_updated, lifecycle, latest_version, latest_sort_key, maintainer_count, download_total, version)"
        + " values (?,?,?,?,?,?,'active',?,?,?,?,1)");
         PreparedStatement rel = c.prepareStatement("insert into releases (id, package_id, version_string, major, minor,"
             + " build, pep440, sort_key, created_date, size, yanked, file_count, total_size, version)"
             + " values (?,?,?,?,?,?,true,?,?,?,false,?,?,1)")) {
      long releaseId = 0;
      for (int n = 0; n < packages; n++) {
        String name = WORDS[random.nextInt(WORDS.length)] + "-" + WORDS[random.nextInt(WORDS.length)] + "-" + n;
        String latest = null;
        String latestKey = null;
        for (int r = 0; r < perPackage; r++) {
          String version = (r / 5) + "." + (r % 5) + "." + random.nextInt(3);
          String key = Pep440Version.parse(version).sortKey();
          if (latestKey == null || key.compareTo(latestKey) > 0) {
            latest = version;
            latestKey = key;
          }
          long size = 1000L * random.nextInt(5000);
          rel.setLong(1, ++releaseId);
          rel.setString(2, name);
          rel.setString(3, version + (r % 5 == 0 ? "" : "." + r));
          rel.setInt(4, r / 5);
          rel.setInt(5, r % 5);
          rel.setInt(6, 0);
          rel.setString(7, key + "." + r);
          rel.setTimestamp(8, random.nextInt(20) == 0 ? null
              : Timestamp.from(base.plusSeconds(random.nextInt(5_000) * 86_400L)));
          rel.setObject(9, random.nextInt(10) == 0 ? null : size, Types.BIGINT);
          rel.setInt(10, random.nextInt(5));
          rel.setLong(11, size);
          rel.addBatch();
        }
        pkg.setString(1, name);
        pkg.setString(2, name);
        pkg.setString(3, "A " + WORDS[random.nextInt(WORDS.length)] + " library for " + WORDS[random.nextInt(WORDS.length)]);
        pkg.setString(4, random.nextInt(8) == 0 ? null : LICENSES[random.nextInt(LICENSES.length)]);
        pkg.setTimestamp(5, Timestamp.from(base));
        pkg.setTimestamp(6, random.nextInt(10) == 0 ? null : Timestamp.from(base.plusSeconds(random.nextInt(5_000) * 86_400L)));
        pkg.setString(7, latest);
        pkg.setString(8, latestKey);
        pkg.setInt(9, random.nextInt(6));
        pkg.setLong(10, random.nextInt(3) == 0 ? 0 : (long) Math.pow(10, random.nextDouble() * 7));
        pkg.addBatch();
        if (n % 1000 == 999) {
          pkg.executeBatch();
          rel.executeBatch();
          c.commit();
          if (n % 50_000 == 49_999) {
            System.out.printf("%,d packages%n", n + 1);
          }
        }
      }
      pkg.executeBatch();
      rel.executeBatch();
    }
  }

  private static void downloads(Connection c, int packages, int perPackage, long count, Random random) throws Exception {
    if (count == 0) {
      return;
    }
    Instant base = Instant.parse("2024-01-01T00:00:00Z");
    try (PreparedStatement insert = c.prepareStatement("insert into downloads (created_date, package_id, release_id,"
        + " version) select ?, package_id, id, 1 from releases where id = ?")) {
      for (long i = 0; i < count; i++) {
        insert.setTimestamp(1, Timestamp.from(base.plusSeconds(i * 30)));
        insert.setLong(2, 1 + random.nextInt(packages * perPackage));
        insert.addBatch();
        if (i % 10_000 == 9_999) {
          insert.executeBatch();
          c.commit();
        }
      }
      insert.executeBatch();
    }
  }
}
