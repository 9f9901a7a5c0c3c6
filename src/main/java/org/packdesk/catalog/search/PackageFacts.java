package org.packdesk.catalog.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything a query can ask of one package, read from the catalog in one pass: what the index
 * stores, and what a test's brute-force matcher compares it with.
 *
 * @param license the license id, or null
 * @param maintainers each maintainer's name (may be null) and e-mail
 * @param lastReleased the day of the newest release (greatest release date), or null without dated releases
 * @param downloads all downloads in the daily rollup
 */
public record PackageFacts(String id, String name, String summary, String license, String lifecycle,
    String requiresPython, List<String> languages, List<Person> maintainers, List<String> versions,
    LocalDate lastReleased, boolean yanked, long downloads) {

  public record Person(String name, String email) {
  }

  /**
   * The lower-cased values that a keyword field matches (exactly, or by prefix): a maintainer
   * is found by full name, any word of it, e-mail, or the e-mail's local part.
   */
  public Set<String> keywords(SearchField field) {
    Set<String> keys = new TreeSet<>();
    switch (field) {
      case LICENSE -> {
        if (license != null) {
          keys.add(lower(license));
        }
      }
      case LANGUAGE -> languages.forEach(l -> keys.add(lower(l)));
      case LIFECYCLE -> keys.add(lifecycle);
      case PYTHON -> keys.addAll(PythonVersions.of(requiresPython, languages));
      case VERSION -> versions.forEach(v -> keys.add(lower(v)));
      case MAINTAINER -> maintainers.forEach(p -> {
        if (p.name() != null && !p.name().isBlank()) {
          keys.add(lower(p.name().trim()));
          keys.addAll(SearchTokens.of(p.name()));
        }
        String email = lower(p.email().trim());
        keys.add(email);
        int at = email.indexOf('@');
        if (at > 0) {
          keys.add(email.substring(0, at));
        }
      });
      default -> throw new IllegalArgumentException(field + " is not a keyword field");
    }
    return keys;
  }

  private static String lower(String value) {
    return value.toLowerCase(Locale.ROOT);
  }
}
