package org.packdesk.importer.generate;

import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.packdesk.model.LifecycleStatus;

/**
 * Where a generated project stands (PEP 792's lifecycle) and which of its releases were yanked
 * (PEP 592), in about PyPI's proportions: most projects active, a few in a hundred archived, fewer
 * deprecated (often for a named successor), a handful quarantined; about one release in two hundred
 * yanked, half of them with a reason. Drawn from a stream of their own, so that adding them changed
 * no other draw of a seed's catalog.
 */
final class ProjectStatus {

  /** A project's lifecycle and the note a curator would see beside it (null for none). */
  record Standing(LifecycleStatus lifecycle, String note) {
  }

  private static final int[] LIFECYCLE_WEIGHTS = Seeds.cumulative(9_776, 150, 70, 4);
  private static final LifecycleStatus[] LIFECYCLES = {LifecycleStatus.ACTIVE, LifecycleStatus.ARCHIVED,
      LifecycleStatus.DEPRECATED, LifecycleStatus.QUARANTINED};
  private static final String[] ARCHIVED_NOTES = {"No longer maintained.", "Archived by its maintainers.",
      "Feature complete; no further releases are planned."};
  private static final String[] YANK_REASONS = {"Released by mistake", "Broken wheel", "Missing dependency",
      "Security issue; upgrade to the next release", "Incompatible with Python 3.12", "Wrong version number"};
  /** One release in this many is yanked. */
  private static final int YANK_ONE_IN = 200;

  private final SplittableRandom random;
  private final int index;
  private final int packages;

  /** The status draws of package {@code index} of the catalog of {@code seed}, which has {@code packages}. */
  ProjectStatus(long seed, int index, int packages) {
    this.random = Seeds.stream(seed, Seeds.STATUS, index);
    this.index = index;
    this.packages = packages;
  }

  /** The project's standing; a deprecated one may name another package ({@code idOf}) as its successor. */
  Standing standing(IntFunction<String> idOf) {
    LifecycleStatus lifecycle = LIFECYCLES[Seeds.weighted(random, LIFECYCLE_WEIGHTS)];
    String note = switch (lifecycle) {
      case ACTIVE -> null;
      case ARCHIVED -> random.nextInt(3) == 0 ? null : ARCHIVED_NOTES[random.nextInt(ARCHIVED_NOTES.length)];
      case DEPRECATED -> packages > 1 && random.nextBoolean()
          ? "Use " + idOf.apply((index + 1 + random.nextInt(packages - 1)) % packages) + " instead."
          : "Deprecated; no replacement.";
      case QUARANTINED -> "Quarantined by the index administrators: malware reported.";
    };
    return new Standing(lifecycle, note);
  }

  /** Whether the next release is yanked. */
  boolean yanked() {
    return random.nextInt(YANK_ONE_IN) == 0;
  }

  /** The reason given for a yank, or null: about half of PyPI's yanks give none. */
  String yankReason() {
    return random.nextBoolean() ? null : YANK_REASONS[random.nextInt(YANK_REASONS.length)];
  }
}
