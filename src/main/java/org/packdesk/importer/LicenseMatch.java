package org.packdesk.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One recognised license or a combination of them, with what the refinement by classifiers needs
 * to know: the family (so {@code BSD} text can borrow the version a BSD classifier states) and
 * whether the words named only the family ({@code generic}).
 *
 * @param family the license family ({@code "bsd"}, {@code "gpl"}, ...), null for a tidy name, a
 *     recognised body or a combination
 * @param operator {@code "OR"} or {@code "AND"} for a combination, null for a single license
 */
record LicenseMatch(String id, String name, String family, boolean generic, String operator) {

  static LicenseMatch single(String id, String name, String family, boolean generic) {
    return new LicenseMatch(id, name, family, generic, null);
  }

  /** A license no table knows (a classifier like "Other/Proprietary License"). */
  static LicenseMatch named(String name) {
    return new LicenseMatch(name, name, null, false, null);
  }

  /**
   * Joins licenses into an SPDX expression in the order given, keeping equal parts once and
   * parenthesising a part that uses the other operator, so the expression says what was written.
   */
  static LicenseMatch combine(String operator, List<LicenseMatch> parts) {
    Map<String, LicenseMatch> distinct = new LinkedHashMap<>();
    parts.forEach(p -> distinct.putIfAbsent(p.id(), p));
    if (distinct.size() == 1) {
      return distinct.values().iterator().next();
    }
    String id = distinct.values().stream()
        .map(p -> p.operator() == null || p.operator().equals(operator)
            ? p.id() : "(" + p.id() + ")")
        .collect(Collectors.joining(" " + operator + " "));
    String lead = "OR".equals(operator)
        ? "A choice of: " : "All of (each covers part of the package): ";
    String name = distinct.values().stream().map(LicenseMatch::name)
        .collect(Collectors.joining("; ", lead, ""));
    return new LicenseMatch(id, name, null, false, operator);
  }
}
