package org.packdesk.importer.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The version strings of one package's releases, oldest first, in one of the numbering habits
 * seen on PyPI: three-part (1.2.3, with 2.0.0rc1, 0.1.dev3 and 1.0.post1 between finals),
 * two-part (1.4), calendar (2023.5.17) or legacy (1.0-beta, r120: not PEP 440). Never the same
 * string twice within the package.
 */
final class VersionHistory {

  private static final int[] HABITS = Seeds.cumulative(66, 17, 12, 5);
  private static final String[] PRE_LABELS = {"a", "b", "rc"};
  private static final String[] LEGACY = {"%d.%d-beta", "%d.%d.%d-SNAPSHOT", "r%d%d%d", "%d.%d_%d", "%d.%dbeta%d",
      "%d.%d-final", "v%d.%d"};

  private VersionHistory() {
  }

  static List<String> versions(SplittableRandom random, List<Instant> dates) {
    int habit = Seeds.weighted(random, HABITS);
    Set<String> used = new HashSet<>();
    List<String> versions = new ArrayList<>(dates.size());
    Counter counter = new Counter(random.nextInt(10) < 6 ? 0 : 1, habit == 1 ? 1 : 0);
    for (Instant date : dates) {
      String version = switch (habit) {
        case 0 -> counter.next(random, 3);
        case 1 -> counter.next(random, 2);
        case 2 -> calendar(random, date);
        default -> random.nextInt(3) == 0 ? counter.next(random, 2) : legacy(random, counter);
      };
      String unique = version;
      for (int n = 1; !used.add(unique); n++) {
        unique = version + "." + n;
      }
      versions.add(unique);
    }
    return versions;
  }

  private static String calendar(SplittableRandom random, Instant date) {
    LocalDate day = LocalDate.ofInstant(date, ZoneOffset.UTC);
    return random.nextInt(3) == 0 ? (day.getYear() % 100) + "." + day.getMonthValue()
        : day.getYear() + "." + day.getMonthValue() + "." + day.getDayOfMonth();
  }

  private static String legacy(SplittableRandom random, Counter counter) {
    counter.bump(random);
    return String.format(LEGACY[random.nextInt(LEGACY.length)], counter.major, counter.minor, counter.patch);
  }

  /** Numbered versions moving forward: mostly patch bumps, sometimes minor, rarely major. */
  private static final class Counter {
    private int major;
    private int minor;
    private int patch;
    private String lastFinal;
    private int preNumber;
    private String preLabel;
    private int post;
    private boolean pending;

    Counter(int major, int minor) {
      this.major = major;
      this.minor = major == 0 ? 1 : minor;
    }

    void bump(SplittableRandom random) {
      int roll = random.nextInt(100);
      if (roll < 3) {
        major++;
        minor = 0;
        patch = 0;
      } else if (roll < 25) {
        minor++;
        patch = 0;
      } else {
        patch++;
      }
    }

    /** The next version: a final, or a pre-, dev- or post-release around one. */
    String next(SplittableRandom random, int parts) {
      int roll = random.nextInt(100);
      if (!pending && lastFinal != null && roll < 2) {
        return lastFinal + ".post" + (++post);
      }
      if (!pending) {
        bump(random);
        if (parts == 2 && patch > 0) {
          minor++;
          patch = 0;
        }
        preNumber = 0;
        preLabel = PRE_LABELS[random.nextInt(PRE_LABELS.length)];
      }
      String base = parts == 3 ? major + "." + minor + "." + patch : major + "." + minor;
      if (roll < 8) {
        pending = true;
        return base + preLabel + (++preNumber);
      }
      if (roll < 11) {
        pending = true;
        return base + ".dev" + (1 + random.nextInt(20));
      }
      pending = false;
      lastFinal = base;
      post = 0;
      return base;
    }
  }
}
