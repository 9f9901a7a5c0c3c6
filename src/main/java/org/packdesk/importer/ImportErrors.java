package org.packdesk.importer;

/** Turns an exception into the one line a curator reads; the whole of it goes to the log. */
final class ImportErrors {

  private ImportErrors() {
  }

  /** The first line of the innermost cause's message. */
  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    int newline = message.indexOf('\n');
    return newline > 0 ? message.substring(0, newline) : message;
  }
}
