package org.packdesk.importer;

/** Why a line of a download log was not counted: normal in real logs, never a reason to stop. */
public enum SkipReason {
  MALFORMED("not a Combined Log Format line or BigQuery CSV row"),
  BAD_TIME("unreadable time"),
  NOT_GET("not a GET request (HEAD and others transfer no file)"),
  NOT_SUCCESSFUL("not a completed download (status other than 200 or 304)"),
  NOT_A_FILE("not a package file (index pages and other paths)"),
  UNKNOWN_FILE("file not in the catalog");

  private final String description;

  SkipReason(String description) {
    this.description = description;
  }

  /** The reason in a curator's words. */
  public String description() {
    return description;
  }
}
