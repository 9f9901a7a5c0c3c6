package org.packdesk.report;

import java.time.LocalDate;
import java.time.YearMonth;

/** What a report column holds, so that exporters can type their cells (numbers as numbers, dates as dates). */
public enum ColumnType {
  TEXT(String.class),
  INTEGER(Long.class),
  DATE(LocalDate.class),
  MONTH(YearMonth.class);

  private final Class<?> valueType;

  ColumnType(Class<?> valueType) {
    this.valueType = valueType;
  }

  /** The Java type of this column's values (null is always allowed: an empty cell). */
  public Class<?> valueType() {
    return valueType;
  }

  public boolean isNumeric() {
    return this == INTEGER;
  }
}
