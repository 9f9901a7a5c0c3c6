package org.packdesk.report;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** A report's parameter values, parsed and checked against its definition. */
public final class ReportParameters {

  private final Map<String, Object> values;

  private ReportParameters(Map<String, Object> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  /**
   * Parses {@code given} (key to text) for {@code definition}; missing keys take their defaults.
   *
   * @throws InvalidParameterException for an unknown key or a refused value
   */
  public static ReportParameters parse(ReportDefinition definition, Map<String, String> given) {
    for (String key : given.keySet()) {
      if (definition.parameter(key).isEmpty()) {
        throw new InvalidParameterException("The report " + definition.id() + " has no parameter \u201c" + key
            + "\u201d (it takes: " + ReportParameter.keys(definition.parameters()) + ")");
      }
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (ReportParameter parameter : definition.parameters()) {
      values.put(parameter.key(), parameter.parse(given.get(parameter.key())));
    }
    LocalDate from = (LocalDate) values.get("from");
    LocalDate to = (LocalDate) values.get("to");
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidParameterException("from (" + from + ") must not be after to (" + to + ")");
    }
    return new ReportParameters(values);
  }

  public long integer(String key) {
    return (Long) require(key);
  }

  public int limit(String key) {
    return Math.toIntExact(integer(key));
  }

  /** The date, or null when the parameter was left empty. */
  public LocalDate date(String key) {
    return (LocalDate) values.get(key);
  }

  public Map<String, Object> values() {
    return values;
  }

  /** "top 20, from 2024-01-01" for title blocks; empty parameters are left out. */
  public String describe() {
    StringJoiner joined = new StringJoiner(", ");
    values.forEach((key, value) -> {
      if (value != null) {
        joined.add(key + " " + value);
      }
    });
    return joined.toString();
  }

  private Object require(String key) {
    if (!values.containsKey(key)) {
      throw new IllegalStateException("No parameter " + key);
    }
    return values.get(key);
  }
}
