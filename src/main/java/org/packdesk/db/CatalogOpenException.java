package org.packdesk.db;

/** A catalog could not be opened; the message says what happened and what to do. */
public class CatalogOpenException extends RuntimeException {

  public CatalogOpenException(String message) {
    super(message);
  }

  public CatalogOpenException(String message, Throwable cause) {
    super(message, cause);
  }
}
