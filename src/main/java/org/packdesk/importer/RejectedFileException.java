package org.packdesk.importer;

/** A file that cannot be imported; the message is the reason, in a curator's words. */
public class RejectedFileException extends Exception {

  public RejectedFileException(String reason) {
    super(reason);
  }

  public RejectedFileException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
