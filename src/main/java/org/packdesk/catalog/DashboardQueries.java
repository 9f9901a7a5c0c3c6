package org.packdesk.catalog;

import io.ebean.Database;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.packdesk.model.Release;
import org.packdesk.model.query.QPackage;
import org.packdesk.model.query.QRelease;

/** What the dashboard shows: recent releases and release activity per month. */
public final class DashboardQueries {

  private final Database database;

  public DashboardQueries(Database database) {
    this.database = database;
  }

  /** A release as a line: which package, which version, when. */
  public record RecentRelease(String packageId, String packageName, String version, Instant created) {
  }

  /** The number of releases first published in a month. */
  public record MonthCount(YearMonth month, long releases) {
  }

  /** A package by the size of everything it publishes. */
  public record PackageSize(String packageId, String packageName, long bytes, long releases) {
  }

  /**
   * The packages whose releases take the most space, largest first: the first rows of the stored
   * sizes' index ({@link CatalogTotals}), then the release counts of just those packages.
   */
  public List<PackageSize> largestPackages(int limit) {
    List<org.packdesk.model.Package> largest = new QPackage(database)
        .select(QPackage.alias().name, QPackage.alias().totalSize)
        .totalSize.gt(0)
        .orderBy().totalSize.desc().id.desc()
        .setMaxRows(limit)
        .findList();
    Map<String, Long> releases = new HashMap<>();
    if (!largest.isEmpty()) {
      database.sqlQuery("select package_id, count(*) as n from releases where package_id in (:ids) group by package_id")
          .setParameter("ids", largest.stream().map(org.packdesk.model.Package::getId).toList())
          .findEach(row -> releases.put(row.getString("package_id"), row.getLong("n")));
    }
    return largest.stream()
        .map(p -> new PackageSize(p.getId(), p.getName(), p.getTotalSize(), releases.getOrDefault(p.getId(), 0L)))
        .toList();
  }

  /**
   * The newest releases. The releases are read alone, newest first through their date index, and
   * their packages' names after: joined in one query, H2 scans every package and release and
   * sorts them (2.7 s at 70,000 releases).
   */
  public List<RecentRelease> latestReleases(int limit) {
    List<Release> releases = new QRelease(database)
        .select(QRelease.alias().versionString, QRelease.alias().createdDate, QRelease.alias().pkg)
        .createdDate.isNotNull()
        .orderBy().createdDate.desc().id.desc()
        .setMaxRows(limit)
        .findList();
    Map<String, String> names = new HashMap<>();
    new QPackage(database).select(QPackage.alias().name)
        .id.in(releases.stream().map(r -> r.getPkg().getId()).distinct().toList())
        .findEach(p -> names.put(p.getId(), p.getName()));
    return releases.stream()
        .map(r -> new RecentRelease(r.getPkg().getId(), names.get(r.getPkg().getId()), r.getVersionString(),
            r.getCreatedDate()))
        .toList();
  }

  /** Releases per month over the {@code months} months ending with the latest release's month. */
  public List<MonthCount> releasesPerMonth(int months) {
    Release newest = new QRelease(database).select(QRelease.alias().createdDate)
        .createdDate.isNotNull().orderBy().createdDate.desc().setMaxRows(1).findOne();
    if (newest == null) {
      return List.of();
    }
    YearMonth last = YearMonth.from(newest.getCreatedDate().atZone(java.time.ZoneOffset.UTC));
    YearMonth first = last.minusMonths(months - 1L);
    long[] counts = new long[months];
    database.sqlQuery("select extract(year from created_date) as y, extract(month from created_date) as m,"
            + " count(*) as n from releases where created_date >= :from group by extract(year from created_date),"
            + " extract(month from created_date)")
        .setParameter("from", first.atDay(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
        .findEach(row -> {
          YearMonth month = YearMonth.of(row.getInteger("y"), row.getInteger("m"));
          int index = (int) java.time.temporal.ChronoUnit.MONTHS.between(first, month);
          if (index >= 0 && index < months) {
            counts[index] += row.getLong("n");
          }
        });
    List<MonthCount> result = new ArrayList<>();
    for (int i = 0; i < months; i++) {
      result.add(new MonthCount(first.plusMonths(i), counts[i]));
    }
    return result;
  }
}
