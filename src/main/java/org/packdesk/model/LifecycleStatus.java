package org.packdesk.model;

import io.ebean.annotation.DbEnumValue;

/** Where a project stands, as PyPI's project lifecycle has it. */
public enum LifecycleStatus {
  ACTIVE("active"),
  DEPRECATED("deprecated"),
  ARCHIVED("archived"),
  QUARANTINED("quarantined");

  private final String dbValue;

  LifecycleStatus(String dbValue) {
    this.dbValue = dbValue;
  }

  @DbEnumValue(length = 16)
  public String dbValue() {
    return dbValue;
  }
}
