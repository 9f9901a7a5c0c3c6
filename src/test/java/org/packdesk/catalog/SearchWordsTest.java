package org.packdesk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchWordsTest {

  @Test
  void splitsOnWhitespaceAndLowerCases() {
    assertEquals(List.of("flask", "1.0"), SearchWords.of("  Flask \t 1.0 "));
    assertEquals(List.of(), SearchWords.of("   "));
    assertEquals(List.of(), SearchWords.of(null));
  }
}
