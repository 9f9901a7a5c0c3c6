package org.packdesk.catalog.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Python versions a package supports, as {@code python:} matches them: each minor line
 * (2.0 to 3.14) that its requires-python admits, plus each one a "Python :: X.Y" language
 * classifier names, together with their major versions ("3.6" brings "3"). A line X.Y is
 * admitted when X.Y.0 satisfies every clause; an unreadable requires-python admits nothing.
 */
public final class PythonVersions {

  private static final Pattern CLASSIFIER = Pattern.compile("Python :: (\\d+)(?:\\.(\\d+))?(?: :: .*)?");
  private static final Pattern CLAUSE = Pattern.compile("\\s*(===|~=|==|!=|<=|>=|<|>)\\s*([0-9][0-9.]*)(\\.\\*)?\\s*");
  private static final List<int[]> LINES = lines();

  private PythonVersions() {
  }

  private static List<int[]> lines() {
    List<int[]> lines = new ArrayList<>();
    for (int minor = 0; minor <= 7; minor++) {
      lines.add(new int[] {2, minor});
    }
    for (int minor = 0; minor <= 14; minor++) {
      lines.add(new int[] {3, minor});
    }
    return lines;
  }

  public static Set<String> of(String requiresPython, Collection<String> languages) {
    Set<String> versions = new TreeSet<>();
    for (String language : languages) {
      Matcher m = CLASSIFIER.matcher(language);
      if (m.matches()) {
        versions.add(m.group(1));
        if (m.group(2) != null) {
          versions.add(m.group(1) + "." + m.group(2));
        }
      }
    }
    if (requiresPython != null && !requiresPython.isBlank()) {
      for (int[] line : LINES) {
        if (admits(requiresPython, line)) {
          versions.add(line[0] + "." + line[1]);
          versions.add(Integer.toString(line[0]));
        }
      }
    }
    return versions;
  }

  private static boolean admits(String specifier, int[] line) {
    for (String clause : specifier.split(",")) {
      Matcher m = CLAUSE.matcher(clause);
      if (!m.matches() || !satisfies(line, m.group(1), parts(m.group(2)), m.group(3) != null)) {
        return false;
      }
    }
    return true;
  }

  private static boolean satisfies(int[] line, String op, int[] version, boolean wildcard) {
    int[] candidate = {line[0], line[1], 0};
    int cmp = compare(candidate, version);
    return switch (op) {
      case "==", "===" -> wildcard ? startsWith(candidate, version) : cmp == 0;
      case "!=" -> wildcard ? !startsWith(candidate, version) : cmp != 0;
      case ">=" -> cmp >= 0;
      case "<=" -> cmp <= 0;
      case ">" -> cmp > 0;
      case "<" -> cmp < 0;
      // ~=X.Y means >=X.Y and ==X.*; ~=X.Y.Z means >=X.Y.Z and ==X.Y.*
      default -> cmp >= 0 && startsWith(candidate, java.util.Arrays.copyOf(version, Math.max(1, version.length - 1)));
    };
  }

  private static int[] parts(String version) {
    String[] pieces = version.split("\\.");
    List<Integer> numbers = new ArrayList<>();
    for (String piece : pieces) {
      if (!piece.isEmpty()) {
        numbers.add(Integer.parseInt(piece.length() > 6 ? piece.substring(0, 6) : piece));
      }
    }
    return numbers.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int compare(int[] a, int[] b) {
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      int x = i < a.length ? a[i] : 0;
      int y = i < b.length ? b[i] : 0;
      if (x != y) {
        return Integer.compare(x, y);
      }
    }
    return 0;
  }

  private static boolean startsWith(int[] candidate, int[] prefix) {
    for (int i = 0; i < prefix.length; i++) {
      if ((i < candidate.length ? candidate[i] : 0) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
