package org.packdesk.report.definitions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A period splits into the whole months the monthly rollup answers and the ragged days at its ends. */
class DownloadPeriodTest {

  private static final String MONTHS = "select package_id, downloads from download_months";
  private static final String DAYS = "select package_id, downloads from download_days";

  private static DownloadPeriod period(String from, String to) {
    return DownloadPeriod.of(from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
  }

  @Test
  void raggedEndsAreReadAsDaysAndTheMonthsBetweenAsMonths() {
    DownloadPeriod period = period("2024-01-15", "2024-04-10");
    assertEquals(MONTHS + " where 1 = 1 and month_start >= :m_first and month_start <= :m_last union all "
        + DAYS + " where 1 = 1 and utc_day >= :d0_first and utc_day <= :d0_last union all "
        + DAYS + " where 1 = 1 and utc_day >= :d1_first and utc_day <= :d1_last", period.rows("package_id"));
    assertEquals(Map.of("m_first", LocalDate.of(2024, 2, 1), "m_last", LocalDate.of(2024, 3, 1),
        "d0_first", LocalDate.of(2024, 1, 15), "d0_last", LocalDate.of(2024, 1, 31),
        "d1_first", LocalDate.of(2024, 4, 1), "d1_last", LocalDate.of(2024, 4, 10)), period.parameters());
  }

  @Test
  void wholeMonthsNeedNoDays() {
    DownloadPeriod period = period("2024-02-01", "2024-02-29");
    assertEquals(MONTHS + " where 1 = 1 and month_start >= :m_first and month_start <= :m_last",
        period.rows("package_id"));
    assertEquals(Map.of("m_first", LocalDate.of(2024, 2, 1), "m_last", LocalDate.of(2024, 2, 1)),
        period.parameters());
  }

  @Test
  void anOpenEndReadsEveryMonthOnThatSide() {
    DownloadPeriod since = period("2024-01-15", null);
    assertEquals(Map.of("m_first", LocalDate.of(2024, 2, 1), "d0_first", LocalDate.of(2024, 1, 15),
        "d0_last", LocalDate.of(2024, 1, 31)), since.parameters());
    DownloadPeriod until = period(null, "2024-01-15");
    assertEquals(Map.of("m_last", LocalDate.of(2023, 12, 1), "d0_first", LocalDate.of(2024, 1, 1),
        "d0_last", LocalDate.of(2024, 1, 15)), until.parameters());
  }

  @Test
  void aPeriodWithinAMonthOrAcrossOneMonthsEndIsDaysOnly() {
    assertEquals(DAYS + " where 1 = 1 and utc_day >= :d0_first and utc_day <= :d0_last",
        period("2024-01-10", "2024-01-20").rows("package_id"));
    assertEquals(Map.of("d0_first", LocalDate.of(2024, 1, 20), "d0_last", LocalDate.of(2024, 2, 10)),
        period("2024-01-20", "2024-02-10").parameters());
  }

  @Test
  void onlyAPeriodWithNoEndIsAllTime() {
    assertTrue(DownloadPeriod.isAllTime(null, null));
    assertFalse(DownloadPeriod.isAllTime(LocalDate.of(2024, 1, 1), null));
  }
}
