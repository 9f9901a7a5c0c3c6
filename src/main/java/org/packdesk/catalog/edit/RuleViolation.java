package org.packdesk.catalog.edit;

/** A change the catalog's rules forbid (a package without an owner, a taken e-mail...). */
public class RuleViolation extends RuntimeException {

  public RuleViolation(String message) {
    super(message);
  }
}
