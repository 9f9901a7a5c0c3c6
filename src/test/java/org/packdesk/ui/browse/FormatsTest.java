package org.packdesk.ui.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

  @Test
  void writesSizesInSiUnitsAsPypiDoes() {
    assertEquals("0 B", Formats.bytes(0, Locale.US));
    assertEquals("999 B", Formats.bytes(999, Locale.US));
    assertEquals("1.0 kB", Formats.bytes(1000, Locale.US));
    assertEquals("1.5 kB", Formats.bytes(1500, Locale.US));
    assertEquals("999.9 kB", Formats.bytes(999_949, Locale.US));
    assertEquals("1.0 MB", Formats.bytes(999_950, Locale.US), "never 1000.0 kB");
    assertEquals("23.4 MB", Formats.bytes(23_400_000, Locale.US));
    assertEquals("2.1 GB", Formats.bytes(2_147_483_648L, Locale.US));
    assertEquals("1,5 kB", Formats.bytes(1500, Locale.GERMANY));
  }

  @Test
  void writesDatesTheIsoWay() {
    Instant instant = Instant.parse("2018-05-02T13:42:19Z");
    assertEquals("2018-05-02", Formats.date(instant, ZoneOffset.UTC));
    assertEquals("2018-05-02 13:42:19", Formats.dateTime(instant, ZoneOffset.UTC));
    assertEquals("2018-05-02 15:42:19", Formats.dateTime(instant, ZoneOffset.ofHours(2)));
  }

  @Test
  void writesCountsAndShares() {
    assertEquals("12,345", Formats.count(12_345, Locale.US));
    assertEquals("66.7 %", Formats.percent(2.0 / 3, Locale.US));
    assertEquals("0.0 %", Formats.percent(0, Locale.US));
    assertEquals("<0.1 %", Formats.percent(0.0004, Locale.US));
    assertEquals("100.0 %", Formats.percent(1, Locale.US));
  }
}
