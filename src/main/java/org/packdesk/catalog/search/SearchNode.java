package org.packdesk.catalog.search;

import java.util.List;

/**
 * A parsed search query: a tree of conditions on one package. Values are already normalised
 * (lower case, tokenised, dates as epoch days), so every engine evaluates the same thing.
 */
public sealed interface SearchNode {

  /** Every child matches; no children matches every package. */
  record AllOf(List<SearchNode> children) implements SearchNode {
  }

  /** At least one child matches. */
  record AnyOf(List<SearchNode> children) implements SearchNode {
  }

  record Not(SearchNode child) implements SearchNode {
  }

  /**
   * Words in a text field, consecutive and in order when there are several (a phrase); the last
   * word is a prefix when {@code prefix}. A null field means free text: the name or the summary.
   */
  record TextMatch(SearchField field, List<String> words, boolean prefix) implements SearchNode {
  }

  /** One of the package's values for {@code field} equals (or starts with) {@code value}. */
  record KeywordMatch(SearchField field, String value, boolean prefix) implements SearchNode {
  }

  /** The field's number (or epoch day) lies in [{@code from}, {@code to}]. */
  record RangeMatch(SearchField field, long from, long to) implements SearchNode {
  }

  record FlagMatch(SearchField field, boolean value) implements SearchNode {
  }
}
