package org.packdesk.catalog.search;

import java.util.List;
import java.util.Map;

/** For each facet field, its most frequent values among the matching packages, most frequent first. */
public record FacetCounts(Map<SearchField, List<FacetValue>> fields) {

  /** A value and how many matching packages have it; {@code value} is what a query term names. */
  public record FacetValue(String value, long count) {
  }

  public List<FacetValue> of(SearchField field) {
    return fields.getOrDefault(field, List.of());
  }
}
