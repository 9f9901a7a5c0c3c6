package org.packdesk.importer.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The words a package is published with: summary, description, keywords and classifiers. */
final class PackageTexts {

  private static final String[] OPENINGS = {"A %s library for %s", "Fast %s tools for %s", "%s helpers for %s",
      "Simple %s client for %s", "The %s toolkit: %s made easy", "Utilities to work with %s and %s",
      "Python bindings for %s %s", "A pure-Python %s implementation for %s"};
  private static final String[] STATUSES = {"1 - Planning", "2 - Pre-Alpha", "3 - Alpha", "4 - Beta",
      "5 - Production/Stable", "6 - Mature", "7 - Inactive"};
  private static final String[] TOPICS = {"Software Development :: Libraries :: Python Modules", "Internet :: WWW/HTTP",
      "Scientific/Engineering", "Utilities", "System :: Systems Administration", "Database", "Text Processing",
      "Multimedia :: Graphics", "Security", "Software Development :: Testing"};
  private static final String[] OTHER_LANGUAGES = {"C", "C++", "Cython", "Rust", "JavaScript"};

  private PackageTexts() {
  }

  static String summary(SplittableRandom random, List<String> nameWords) {
    String about = String.join(" ", nameWords);
    String other = Seeds.pick(random, WordList.WORDS) + " " + Seeds.pick(random, WordList.WORDS);
    String text = String.format(OPENINGS[random.nextInt(OPENINGS.length)], about, other);
    return random.nextInt(8) == 0 ? text : text + ".";
  }

  static String description(SplittableRandom random, String name, String summary) {
    if (random.nextInt(6) == 0) {
      return null;
    }
    StringBuilder text = new StringBuilder(400);
    text.append(name).append('\n').append("=".repeat(name.length())).append("\n\n").append(summary).append("\n\n");
    text.append("Installation\n------------\n\n    pip install ").append(name).append("\n\n");
    text.append("Usage\n-----\n\n");
    int words = 12 + random.nextInt(40);
    for (int i = 0; i < words; i++) {
      text.append(i == 0 ? "" : " ").append(Seeds.pick(random, WordList.WORDS));
    }
    return text.append(".\n").toString();
  }

  static String keywords(SplittableRandom random, List<String> nameWords) {
    if (random.nextInt(2) == 0) {
      return null;
    }
    List<String> words = new ArrayList<>(nameWords);
    int more = random.nextInt(4);
    for (int i = 0; i < more; i++) {
      words.add(Seeds.pick(random, WordList.WORDS));
    }
    return String.join(random.nextInt(2) == 0 ? "," : " ", words);
  }

  /** Trove classifiers for a package first published in {@code year}; a quarter of packages have none. */
  static List<String> classifiers(SplittableRandom random, int year, String licenseClassifier) {
    List<String> classifiers = new ArrayList<>();
    if (random.nextInt(4) == 0) {
      return classifiers;
    }
    classifiers.add("Development Status :: " + STATUSES[random.nextInt(STATUSES.length)]);
    classifiers.add("Intended Audience :: Developers");
    if (licenseClassifier != null) {
      classifiers.add(licenseClassifier);
    }
    classifiers.add("Operating System :: OS Independent");
    if (year < 2020 && random.nextInt(3) == 0) {
      classifiers.add("Programming Language :: Python :: 2");
      classifiers.add("Programming Language :: Python :: 2.7");
    }
    classifiers.add("Programming Language :: Python :: 3");
    int newest = Math.min(13, Math.max(4, year - 2012));
    int count = 1 + random.nextInt(5);
    for (int minor = Math.max(0, newest - count + 1); minor <= newest; minor++) {
      classifiers.add("Programming Language :: Python :: 3." + minor);
    }
    if (random.nextInt(10) == 0) {
      classifiers.add("Programming Language :: " + OTHER_LANGUAGES[random.nextInt(OTHER_LANGUAGES.length)]);
    }
    if (random.nextInt(5) == 0) {
      classifiers.add("Programming Language :: Python :: Implementation :: CPython");
    }
    classifiers.add("Topic :: " + TOPICS[random.nextInt(TOPICS.length)]);
    return classifiers;
  }

  static String requiresPython(SplittableRandom random, int year) {
    if (year < 2016 || random.nextInt(4) == 0) {
      return null;
    }
    return ">=3." + Math.min(10, Math.max(5, year - 2016 + random.nextInt(3)));
  }
}
