package org.packdesk.importer.generate;

import java.util.Locale;
import java.util.SplittableRandom;
import org.packdesk.importer.Person;

/**
 * The people who publish packages: a pool of {@code size} users, each made from its index alone
 * (no list kept), and a power-law choice among them, so that a few publish hundreds of packages
 * and most publish one.
 */
final class UserPool {

  private static final String[] DOMAINS = {"example.com", "example.org", "example.net", "mail.example.com",
      "users.example.org"};
  /** P(index <= x) = (x / size)^(1 / SKEW): low indexes are the prolific publishers. */
  private static final double SKEW = 3.0;

  private final int size;
  private final long seed;

  UserPool(int size, long seed) {
    this.size = Math.max(1, size);
    this.seed = seed;
  }

  Person pick(SplittableRandom random) {
    return person((int) Math.min(size - 1, (long) (size * StrictMath.pow(random.nextDouble(), SKEW))));
  }

  Person person(int index) {
    SplittableRandom random = Seeds.stream(seed, Seeds.USERS, index);
    String given = Seeds.pick(random, WordList.GIVEN_NAMES);
    String family = Seeds.pick(random, WordList.FAMILY_NAMES);
    String local = (given + "." + family).toLowerCase(Locale.ROOT).replace(' ', '-');
    // the index makes the address unique; its base-36 form reads like the digits people add
    String email = local + Long.toString(index, 36) + "@" + DOMAINS[random.nextInt(DOMAINS.length)];
    return new Person(random.nextInt(10) == 0 ? null : given + " " + family, email);
  }
}
