package org.packdesk.catalog;

import io.ebean.Database;
import java.util.ArrayList;
import java.util.List;

/**
 * What the Downloads section's client filters offer: the installers, Pythons and systems of the
 * {@code download_days} rollup. The rows themselves are paged by {@link DownloadPages}.
 */
public final class DownloadQueries {

  /** The filters' choices: the clients the rollup knows. */
  public record Choices(List<String> installers, List<String> pythons, List<String> systems) {
  }

  private final Database database;

  public DownloadQueries(Database database) {
    this.database = database;
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
}
