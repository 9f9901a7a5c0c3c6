package org.packdesk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchWordsTest {

  @Test
  void splitsOnWhitespaceAndLowerCases() {
    assertEquals(List.of("flask", "1.0"), SearchWords.of("  Flask \t 1.0 "));
    assertEquals(List.of(), SearchWords.of("   "));
    assertEquals(List.of(), SearchWords.of(null));
  }

  @Test
  void buildsOneConditionPerWordOverEveryColumn() {
    SearchWords.Condition condition = SearchWords.condition("MIT 50%", "a.x", "a.y");
    assertEquals("(lower(a.x) like :w0 escape '!' or lower(a.y) like :w0 escape '!')"
        + " and (lower(a.x) like :w1 escape '!' or lower(a.y) like :w1 escape '!')", condition.sql());
    assertEquals(Map.of("w0", "%mit%", "w1", "%50!%%"), condition.parameters());
  }

  @Test
  void matchesEverythingWithoutWords() {
    assertEquals("1 = 1", SearchWords.condition("", "a.x").sql());
  }

  @Test
  void escapesLikeWildcards() {
    assertEquals("a!_b!!c!%", SearchWords.escapeLike("a_b!c%"));
  }
}
