package org.packdesk.ui.browse;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How browse tables write values: ISO dates in the local zone, sizes in SI units, counts grouped. */
public final class Formats {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final String[] UNITS = {"kB", "MB", "GB", "TB", "PB", "EB"};

  private Formats() {
  }

  public static String date(Instant instant, ZoneId zone) {
    return DATE.format(instant.atZone(zone));
  }

  public static String dateTime(Instant instant, ZoneId zone) {
    return DATE_TIME.format(instant.atZone(zone));
  }

  public static String count(long count, Locale locale) {
    return String.format(locale, "%,d", count);
  }

  /** A size as PyPI writes it: "512 B", "1.5 kB", "23.4 MB" (powers of 1000). */
  public static String bytes(long bytes, Locale locale) {
    if (bytes < 1000) {
      return bytes + " B";
    }
    double value = bytes;
    int unit = -1;
    while (value >= 999.95 && unit < UNITS.length - 1) {
      value /= 1000;
      unit++;
    }
    return String.format(locale, "%.1f %s", value, UNITS[unit]);
  }

  /** A share of 0..1 as a percentage: "66.7 %", and "<0.1 %" rather than a misleading zero. */
  public static String percent(double share, Locale locale) {
    if (share > 0 && share < 0.001) {
      return "<" + String.format(locale, "%.1f %%", 0.1);
    }
    return String.format(locale, "%.1f %%", share * 100);
  }
}
