package org.packdesk.catalog;

/** One line of the languages table: a language and how many of the catalog's packages declare it. */
public record LanguageRow(String name, long packages, long catalogPackages) {

  /** The language's share of all packages, 0..1. */
  public double share() {
    return catalogPackages == 0 ? 0 : (double) packages / catalogPackages;
  }
}
