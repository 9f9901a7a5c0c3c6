package org.packdesk.catalog.search;

import static org.packdesk.catalog.search.GeneratedCatalog.pick;

import java.util.List;
import java.util.Random;

/** Random query texts over the generated catalog's vocabulary: every field, prefixes, phrases, -, OR, (). */
final class RandomQueries {

  private static final List<String> MAINTAINERS = List.of("kenneth", "\"Kenneth Reitz\"", "ronacher", "user3",
      "user1@example1.org", "user*", "bob", "marley", "smith", "ann*");
  private static final List<String> PYTHONS = List.of("3", "2", "3.6", "2.7", "3.8", "3.12", "3.0");
  private static final List<String> DATES = List.of("2014", "2016-05", "2017-01-01", "2019-12-31", "2013-02");
  private static final List<String> OPERATORS = List.of("", ">", ">=", "<", "<=");

  private final Random random;

  RandomQueries(long seed) {
    this.random = new Random(seed);
  }

  String next() {
    return expression(2);
  }

  private String expression(int depth) {
    int terms = 1 + random.nextInt(3);
    StringBuilder query = new StringBuilder();
    for (int i = 0; i < terms; i++) {
      if (i > 0) {
        query.append(random.nextInt(4) == 0 ? " OR " : " ");
      }
      if (random.nextInt(5) == 0) {
        query.append(random.nextBoolean() ? "-" : "NOT ");
      }
      query.append(depth > 0 && random.nextInt(6) == 0 ? "(" + expression(depth - 1) + ")" : term());
    }
    return query.toString();
  }

  private String term() {
    String word = pick(random, GeneratedCatalog.WORDS);
    return switch (random.nextInt(16)) {
      case 0, 1 -> word;
      case 2 -> word.substring(0, 1 + random.nextInt(3)) + "*";
      case 3 -> "\"" + word + " " + pick(random, GeneratedCatalog.WORDS) + "\"";
      case 4 -> "name:" + (random.nextBoolean() ? word : word.substring(0, 2) + "*");
      case 5 -> "summary:" + word.toUpperCase();
      case 6 -> "license:" + (random.nextInt(4) == 0 ? "none"
          : random.nextInt(3) == 0 ? "\"" + pick(random, GeneratedCatalog.LICENSES) + "\"" : "mit");
      case 7 -> "language:" + (random.nextBoolean() ? "\"" + pick(random, GeneratedCatalog.LANGUAGES) + "\"" : "python*");
      case 8 -> "maintainer:" + pick(random, MAINTAINERS);
      case 9 -> "released:" + pick(random, OPERATORS) + pick(random, DATES);
      case 10 -> "yanked:" + random.nextBoolean();
      case 11 -> "downloads:" + pick(random, OPERATORS) + random.nextInt(2500);
      case 12 -> "lifecycle:" + pick(random, List.of("active", "deprecated", "archived", "quarantined"));
      case 13 -> "python:" + pick(random, PYTHONS);
      case 14 -> "version:" + (random.nextBoolean() ? random.nextInt(3) + "." + random.nextInt(3) : random.nextInt(3) + "*");
      default -> word + "-" + pick(random, GeneratedCatalog.WORDS);
    };
  }
}
