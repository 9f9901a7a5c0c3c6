package org.packdesk.model;

import io.ebean.annotation.DbEnumValue;

/** A user's role on a package, as PyPI has them. */
public enum MaintainerRole {
  OWNER("owner"),
  MAINTAINER("maintainer");

  private final String dbValue;

  MaintainerRole(String dbValue) {
    this.dbValue = dbValue;
  }

  @DbEnumValue(length = 16)
  public String dbValue() {
    return dbValue;
  }
}
