package org.packdesk.report;

/** A report parameter's value was refused; the message says which and what is allowed. */
public class InvalidParameterException extends IllegalArgumentException {

  public InvalidParameterException(String message) {
    super(message);
  }
}
