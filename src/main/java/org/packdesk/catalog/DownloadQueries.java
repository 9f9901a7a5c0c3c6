package org.packdesk.catalog;

import io.ebean.Database;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.packdesk.importer.ClientDetails;
import org.packdesk.importer.UserAgentParser;
import org.packdesk.model.Download;
import org.packdesk.model.query.QDownload;
import org.packdesk.model.query.QPackage;
import org.packdesk.model.query.QRelease;

/**
 * Finds download events by text, package, client and time range, newest first.
 *
 * <p>The raw table can hold millions of rows, so each part narrows through an index where it
 * can: the time range through {@code created_date} (which also gives the order, so a capped
 * search stops early), the package through {@code package_id}. The client (installer, Python,
 * system) is not a column of the raw rows but of the {@code download_days} rollup: the releases
 * downloaded by such clients in the range come from there ({@code release_id} is indexed), the
 * user agent must contain the value, and each row left is then parsed to keep exact matches only.
 */
public final class DownloadQueries {

  /** The filters' choices: the clients the rollup knows. */
  public record Choices(List<String> installers, List<String> pythons, List<String> systems) {
  }

  private final Database database;

  public DownloadQueries(Database database) {
    this.database = database;
  }

  /** Downloads whose package, user agent or address contains every word of {@code text}; at most {@code limit}. */
  public List<DownloadRow> search(String text, int limit) {
    return search(DownloadFilter.text(text), limit);
  }

  /** Downloads that pass every part of {@code filter}, newest first; at most {@code limit}. */
  public List<DownloadRow> search(DownloadFilter filter, int limit) {
    QDownload d = QDownload.alias();
    QDownload query = new QDownload(database)
        .select(d.createdDate, d.ipAddress, d.userAgent)
        .pkg.fetch(QPackage.alias().name)
        .release.fetch(QRelease.alias().versionString)
        .orderBy().createdDate.desc().id.desc();
    for (String word : SearchWords.of(filter.text())) {
      query.or().pkg.name.icontains(word).userAgent.icontains(word).ipAddress.icontains(word).endOr();
    }
    if (filter.from() != null) {
      query.createdDate.ge(filter.from());
    }
    if (filter.until() != null) {
      query.createdDate.lt(filter.until());
    }
    String packageId = null;
    if (filter.packageName() != null) {
      List<String> ids = new QPackage(database).name.ieq(filter.packageName().strip()).findIds();
      if (ids.isEmpty()) {
        return List.of();
      }
      packageId = ids.get(0);
      query.pkg.id.eq(packageId);
    }
    if (!filter.narrowsClient()) {
      return query.setMaxRows(limit).findList().stream().map(DownloadQueries::row).toList();
    }
    narrowByClient(query, filter, packageId);
    UserAgentParser agents = new UserAgentParser();
    try (Stream<Download> rows = query.findStream()) {
      return rows.filter(download -> sameClient(agents.parse(download.getUserAgent()), filter))
          .limit(limit).map(DownloadQueries::row).toList();
    }
  }

  /** The releases such clients downloaded in the range (from the rollup), and the agent's text. */
  private static void narrowByClient(QDownload query, DownloadFilter filter, String packageId) {
    StringBuilder releases = new StringBuilder("release.id in (select release_id from download_days where 1 = 1");
    List<Object> values = new ArrayList<>();
    addEqual(releases, values, "installer", filter.installer());
    addEqual(releases, values, "python", filter.python());
    addEqual(releases, values, "system", filter.system());
    if (packageId != null) {
      addEqual(releases, values, "package_id", packageId);
    }
    // rollup days are UTC days; the range is the curator's: a day either side covers every zone
    if (filter.from() != null) {
      releases.append(" and utc_day >= ?");
      values.add(LocalDate.ofInstant(filter.from(), ZoneOffset.UTC).minusDays(1));
    }
    if (filter.until() != null) {
      releases.append(" and utc_day <= ?");
      values.add(LocalDate.ofInstant(filter.until(), ZoneOffset.UTC).plusDays(1));
    }
    query.raw(releases.append(")").toString(), values.toArray());
    for (String value : new String[] {filter.installer(), filter.python(), filter.system()}) {
      if (value != null && !value.equals(org.packdesk.model.DownloadDay.UNKNOWN)) {
        query.userAgent.contains(value);
      }
    }
  }

  private static void addEqual(StringBuilder sql, List<Object> values, String column, String value) {
    if (value != null) {
      sql.append(" and ").append(column).append(" = ?");
      values.add(value);
    }
  }

  private static boolean sameClient(ClientDetails client, DownloadFilter filter) {
    return (filter.installer() == null || filter.installer().equals(client.installer()))
        && (filter.python() == null || filter.python().equals(client.python()))
        && (filter.system() == null || filter.system().equals(client.system()));
  }

  /** The installers, Pythons and systems of the downloads imported, each sorted, unknown last. */
  public Choices choices() {
    return new Choices(distinct("installer"), distinct("python"), distinct("system"));
  }

  private List<String> distinct(String column) {
    List<String> values = new ArrayList<>(database.sqlQuery("select distinct " + column + " as v from download_clients")
        .mapToScalar(String.class).findList());
    values.sort((a, b) -> {
      boolean aUnknown = a.equals(org.packdesk.model.DownloadDay.UNKNOWN);
      boolean bUnknown = b.equals(org.packdesk.model.DownloadDay.UNKNOWN);
      return aUnknown != bUnknown ? Boolean.compare(aUnknown, bUnknown) : compareNatural(a, b);
    });
    return values;
  }

  /** "3.9" before "3.10": runs of digits compare as numbers. */
  private static int compareNatural(String a, String b) {
    String[] as = a.split("(?<=\\d)(?=\\D)|(?<=\\D)(?=\\d)");
    String[] bs = b.split("(?<=\\d)(?=\\D)|(?<=\\D)(?=\\d)");
    for (int i = 0; i < Math.min(as.length, bs.length); i++) {
      int c = as[i].chars().allMatch(Character::isDigit) && bs[i].chars().allMatch(Character::isDigit)
          && as[i].length() < 10 && bs[i].length() < 10
          ? Integer.compare(Integer.parseInt(as[i]), Integer.parseInt(bs[i])) : as[i].compareToIgnoreCase(bs[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(as.length, bs.length);
  }

  private static DownloadRow row(Download download) {
    return new DownloadRow(download.getId(), download.getCreatedDate(), download.getPkg().getId(),
        download.getPkg().getName(), download.getRelease().getVersionString(),
        download.getIpAddress(), download.getUserAgent());
  }
}
