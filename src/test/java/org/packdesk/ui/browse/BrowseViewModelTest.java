package org.packdesk.ui.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The generic browse state, without a toolkit: searches run when the test says so. */
class BrowseViewModelTest {

  private static final List<String> FRUIT = List.of("apple", "apricot", "banana", "cherry");

  private final HeldBackground background = new HeldBackground();
  private final List<String> searched = new ArrayList<>();

  private BrowseViewModel<String> fruit(int limit) {
    return new BrowseViewModel<>("fruit", "fruits", limit, (text, max) -> {
      searched.add(text);
      return FRUIT.stream().filter(f -> f.contains(text)).limit(max).toList();
    }, background);
  }

  @Test
  void showsEveryRowForAnEmptySearch() {
    BrowseViewModel<String> model = fruit(100);
    assertEquals("Loading\u2026", model.placeholderProperty().get());
    model.refresh();
    assertTrue(model.searchingProperty().get());
    background.finishAll();
    assertFalse(model.searchingProperty().get());
    assertEquals(FRUIT, model.rows());
    assertEquals("4 fruits", model.statusProperty().get());
  }

  @Test
  void searchesTheTrimmedTextAndSaysWhatMatched() {
    BrowseViewModel<String> model = fruit(100);
    model.searchTextProperty().set("  ap ");
    model.refresh();
    background.finishAll();
    assertEquals(List.of("ap"), searched);
    assertEquals(List.of("apple", "apricot"), model.rows());
    assertEquals("2 fruits matching \u201cap\u201d", model.statusProperty().get());

    model.searchTextProperty().set("cherry");
    model.refresh();
    background.finishAll();
    assertEquals("1 fruit matching \u201ccherry\u201d", model.statusProperty().get());
  }

  @Test
  void dropsAResultThatArrivesAfterANewerSearchStarted() {
    BrowseViewModel<String> model = fruit(100);
    model.searchTextProperty().set("a");
    model.refresh();
    model.searchTextProperty().set("ban");
    model.refresh();
    background.finishNext(); // the stale "a" search
    assertTrue(model.rows().isEmpty(), "stale rows never show");
    assertTrue(model.searchingProperty().get(), "still waiting for the newer search");
    background.finishNext();
    assertEquals(List.of("banana"), model.rows());
    assertFalse(model.searchingProperty().get());
  }

  @Test
  void saysFirstNWhenTheLimitIsReached() {
    BrowseViewModel<String> model = fruit(3);
    model.refresh();
    background.finishAll();
    assertEquals(3, model.rows().size());
    assertEquals("First 3 fruits", model.statusProperty().get());
  }

  @Test
  void groupsLargeCounts() {
    List<Integer> many = IntStream.range(0, 1234).boxed().toList();
    BrowseViewModel<Integer> model = new BrowseViewModel<>("number", "numbers", (text, max) -> many, background);
    model.refresh();
    background.finishAll();
    assertEquals(String.format("%,d numbers", 1234), model.statusProperty().get());
  }

  @Test
  void tellsAnEmptyCatalogFromASearchWithoutMatches() {
    BrowseViewModel<String> empty = new BrowseViewModel<>("fruit", "fruits", (text, max) -> List.of(), background);
    empty.refresh();
    background.finishAll();
    assertEquals("No fruits in the catalog yet.", empty.placeholderProperty().get());
    assertEquals("0 fruits", empty.statusProperty().get());

    BrowseViewModel<String> model = fruit(100);
    model.searchTextProperty().set("kiwi");
    model.refresh();
    background.finishAll();
    assertTrue(model.rows().isEmpty());
    assertEquals("No fruit matches \u201ckiwi\u201d.", model.placeholderProperty().get());
  }

  @Test
  void aFailedSearchStopsSearchingAndSaysSo() {
    BrowseViewModel<String> model = new BrowseViewModel<>("fruit", "fruits", (text, max) -> {
      throw new IllegalStateException("database gone");
    }, background);
    model.refresh();
    background.finishAll();
    assertFalse(model.searchingProperty().get());
    assertEquals("The search failed", model.statusProperty().get());
    assertTrue(model.placeholderProperty().get().startsWith("The search failed"));
  }
}
