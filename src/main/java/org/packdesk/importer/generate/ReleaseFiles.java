package org.packdesk.importer.generate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.packdesk.importer.ImportedProject.ImportedFile;

/**
 * The distribution files of one release, in the packaging habit of its package and era: an sdist
 * alone (older or simpler projects), an sdist with a pure-Python wheel, a wheel alone, or an sdist
 * with binary wheels for several Pythons and platforms. Sizes are log-normal.
 */
final class ReleaseFiles {

  /** How a package ships its releases; chosen once per package. */
  enum Habit { SDIST_ONLY, PURE_WHEEL, WHEEL_ONLY, BINARY_WHEELS }

  private static final int[] HABITS = Seeds.cumulative(28, 52, 8, 12);
  private static final String[] PLATFORMS = {"manylinux_2_17_x86_64.manylinux2014_x86_64", "macosx_11_0_arm64",
      "win_amd64", "manylinux_2_17_aarch64.manylinux2014_aarch64", "macosx_10_9_x86_64", "musllinux_1_1_x86_64"};
  private static final int WHEEL_ERA = 2014;
  private static final String HOST = "https://files.example.org/packages/";

  private ReleaseFiles() {
  }

  static Habit habit(SplittableRandom random) {
    return Habit.values()[Seeds.weighted(random, HABITS)];
  }

  static List<ImportedFile> files(SplittableRandom random, Habit habit, String packageId, String version,
      Instant uploaded, int year) {
    String stem = packageId.replace('-', '_') + "-" + version;
    List<ImportedFile> files = new ArrayList<>(4);
    boolean wheels = year >= WHEEL_ERA && habit != Habit.SDIST_ONLY;
    if (habit != Habit.WHEEL_ONLY || !wheels) {
      String extension = year < 2012 && random.nextInt(4) == 0 ? ".zip" : ".tar.gz";
      files.add(file(random, stem + extension, "sdist", "source", Seeds.logNormal(random, 40_000, 1.2), uploaded));
    }
    if (!wheels) {
      return files;
    }
    if (habit == Habit.BINARY_WHEELS) {
      int pythons = 1 + random.nextInt(3);
      int platforms = 1 + random.nextInt(PLATFORMS.length);
      int newest = Math.min(13, Math.max(6, year - 2012));
      double size = Seeds.logNormal(random, 1_500_000, 1.0);
      for (int p = 0; p < pythons; p++) {
        String tag = "cp3" + (newest - p);
        for (int q = 0; q < platforms; q++) {
          String name = stem + "-" + tag + "-" + tag + "-" + PLATFORMS[q] + ".whl";
          files.add(file(random, name, "bdist_wheel", tag, size * (0.8 + 0.4 * random.nextDouble()),
              uploaded.plusSeconds(60L * files.size())));
        }
      }
    } else {
      String tag = year < 2020 && random.nextInt(2) == 0 ? "py2.py3" : "py3";
      files.add(file(random, stem + "-" + tag + "-none-any.whl", "bdist_wheel", tag,
          Seeds.logNormal(random, 25_000, 1.2), uploaded.plusSeconds(60L * files.size())));
    }
    return files;
  }

  private static ImportedFile file(SplittableRandom random, String filename, String type, String python, double size,
      Instant uploaded) {
    String sha256 = hex(random, 4);
    String url = HOST + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + filename;
    return new ImportedFile(filename, type, python, Math.max(200L, (long) size), sha256, hex(random, 2), url,
        uploaded, null, random.nextInt(20) == 0);
  }

  private static String hex(SplittableRandom random, int longs) {
    StringBuilder hex = new StringBuilder(longs * 16);
    for (int i = 0; i < longs; i++) {
      String part = Long.toHexString(random.nextLong());
      hex.append("0".repeat(16 - part.length())).append(part);
    }
    return hex.toString();
  }
}
