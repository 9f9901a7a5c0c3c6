package org.packdesk.importer.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Package names made of words, one per package index and never the same twice: index i is a
 * single word, then word pairs, then triples (a bijection from the index to a word tuple), so
 * that uniqueness needs no memory of the names already given. The seed shuffles the words; the
 * spelling (separator, capitals) varies per package but normalises to the same id.
 */
final class PackageNames {

  private final List<String> words;
  private final long seed;

  PackageNames(long seed) {
    this.seed = seed;
    List<String> shuffled = new ArrayList<>(WordList.WORDS);
    Collections.shuffle(shuffled, new Random(Seeds.mix(seed))); // java.util.Random: specified algorithm
    this.words = List.copyOf(shuffled);
  }

  /** The normalised package id of index {@code i}: words joined by '-'. */
  String id(int i) {
    return String.join("-", parts(i));
  }

  /** The name as published: the id's words with a separator and capitals of the author's taste. */
  String displayName(int i) {
    List<String> parts = parts(i);
    SplittableRandom random = Seeds.stream(seed, Seeds.NAMES, i);
    int style = random.nextInt(100);
    String separator = style < 75 ? "-" : style < 95 ? "_" : ".";
    boolean capitals = random.nextInt(100) < 12;
    List<String> shown = new ArrayList<>(parts.size());
    for (String part : parts) {
      shown.add(capitals ? part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1) : part);
    }
    return String.join(separator, shown);
  }

  /** The words of index {@code i}, for summaries that talk about what the package is. */
  List<String> parts(int i) {
    int n = words.size();
    long rest = i;
    int length = 1;
    long block = n;
    while (rest >= block) {
      rest -= block;
      block *= n;
      length++;
    }
    List<String> parts = new ArrayList<>(length);
    for (int k = 0; k < length; k++) {
      parts.add(words.get((int) (rest % n)));
      rest /= n;
    }
    return parts;
  }
}
