package org.packdesk.importer;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version string parsed by PEP 440's rules (with its normalisations: {@code 1.0RC1},
 * {@code 1.0-preview.2}, {@code v1.0}, {@code 1.0-1}). {@link #sortKey()} is a string of digits
 * and lower-case letters whose plain (binary or locale) ordering is PEP 440's ordering, so the
 * database orders releases without parsing. Strings that are not PEP 440 are kept as "legacy"
 * versions that sort below every valid one, as pip's old LegacyVersion did.
 */
public final class Pep440Version implements Comparable<Pep440Version> {

  // The regular expression of PEP 440's appendix, case-insensitive, with surrounding space allowed.
  private static final Pattern PATTERN = Pattern.compile(
      "^\\s*v?"
          + "(?:(?<epoch>[0-9]+)!)?"
          + "(?<release>[0-9]+(?:\\.[0-9]+)*)"
          + "(?<pre>[-_.]?(?<preL>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<preN>[0-9]+)?)?"
          + "(?<post>(?:-(?<postN1>[0-9]+))|(?:[-_.]?(?<postL>post|rev|r)[-_.]?(?<postN2>[0-9]+)?))?"
          + "(?<dev>[-_.]?(?<devL>dev)[-_.]?(?<devN>[0-9]+)?)?"
          + "(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?"
          + "\\s*$", Pattern.CASE_INSENSITIVE);

  /** Numbers longer than this are clamped in the sort key (no real version comes close). */
  private static final int MAX_DIGITS = 9;
  /** The width of the sort_key column. */
  public static final int MAX_KEY_LENGTH = 255;

  private final String original;
  private final boolean valid;
  private final long epoch;
  private final List<BigInteger> release;
  private final String preLabel;
  private final Long preNumber;
  private final Long postNumber;
  private final Long devNumber;
  private final String local;
  private final String sortKey;

  private Pep440Version(String original, boolean valid, long epoch, List<BigInteger> release,
      String preLabel, Long preNumber, Long postNumber, Long devNumber, String local) {
    this.original = original;
    this.valid = valid;
    this.epoch = epoch;
    this.release = List.copyOf(release);
    this.preLabel = preLabel;
    this.preNumber = preNumber;
    this.postNumber = postNumber;
    this.devNumber = devNumber;
    this.local = local;
    this.sortKey = valid ? validKey() : legacyKey(original);
  }

  /** Parses any string; check {@link #isValid()} to know whether it followed PEP 440. */
  public static Pep440Version parse(String text) {
    Matcher m = PATTERN.matcher(text);
    if (!m.matches()) {
      return new Pep440Version(text, false, 0, List.of(), null, null, null, null, null);
    }
    long epoch = m.group("epoch") == null ? 0 : clampedLong(m.group("epoch"));
    List<BigInteger> release = new ArrayList<>();
    for (String part : m.group("release").split("\\.")) {
      release.add(new BigInteger(part));
    }
    String preLabel = null;
    Long preNumber = null;
    if (m.group("pre") != null) {
      preLabel = normalizePre(m.group("preL"));
      preNumber = m.group("preN") == null ? 0L : clampedLong(m.group("preN"));
    }
    Long postNumber = null;
    if (m.group("postN1") != null) {
      postNumber = clampedLong(m.group("postN1"));
    } else if (m.group("postL") != null) {
      postNumber = m.group("postN2") == null ? 0L : clampedLong(m.group("postN2"));
    }
    Long devNumber = null;
    if (m.group("dev") != null) {
      devNumber = m.group("devN") == null ? 0L : clampedLong(m.group("devN"));
    }
    String local = m.group("local") == null ? null
        : m.group("local").toLowerCase(Locale.ROOT).replaceAll("[-_]", ".");
    return new Pep440Version(text, true, epoch, release, preLabel, preNumber, postNumber, devNumber, local);
  }

  private static String normalizePre(String label) {
    return switch (label.toLowerCase(Locale.ROOT)) {
      case "alpha", "a" -> "a";
      case "beta", "b" -> "b";
      default -> "rc"; // c, rc, pre, preview
    };
  }

  private static long clampedLong(String digits) {
    BigInteger value = new BigInteger(digits);
    return value.bitLength() < 63 ? value.longValue() : Long.MAX_VALUE;
  }

  /** Orders numbers as strings: a digit giving the length, then the digits. */
  private static void appendNumber(StringBuilder key, BigInteger n) {
    String digits = n.toString();
    if (digits.length() > MAX_DIGITS) {
      digits = "9".repeat(MAX_DIGITS);
    }
    key.append(digits.length()).append(digits);
  }

  private static void appendNumber(StringBuilder key, long n) {
    appendNumber(key, BigInteger.valueOf(n));
  }

  private String validKey() {
    StringBuilder key = new StringBuilder("1");
    appendNumber(key, epoch);
    // trailing zeros do not count: 1.0 == 1.0.0
    int last = release.size();
    while (last > 1 && release.get(last - 1).signum() == 0) {
      last--;
    }
    for (int i = 0; i < last; i++) {
      key.append('1');
      appendNumber(key, release.get(i));
    }
    key.append('0');
    // phase: a bare .devN comes before any pre-release; a final or post release after them
    if (preLabel != null) {
      key.append(switch (preLabel) {
        case "a" -> '1';
        case "b" -> '2';
        default -> '3';
      });
      appendNumber(key, preNumber);
    } else if (postNumber == null && devNumber != null) {
      key.append('0');
    } else {
      key.append('4');
    }
    if (postNumber != null) {
      key.append('1');
      appendNumber(key, postNumber);
    } else {
      key.append('0');
    }
    if (devNumber != null) {
      key.append('0');
      appendNumber(key, devNumber);
    } else {
      key.append('1');
    }
    if (local != null) {
      key.append('1').append(local.replace(".", "0"));
    }
    return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key.toString();
  }

  private static String legacyKey(String text) {
    String cleaned = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    return "0" + (cleaned.length() > 200 ? cleaned.substring(0, 200) : cleaned);
  }

  public String original() {
    return original;
  }

  public boolean isValid() {
    return valid;
  }

  public long epoch() {
    return epoch;
  }

  /** The release segments, e.g. [2015, 11, 20, 1]. */
  public List<BigInteger> release() {
    return release;
  }

  /** Release segment i (0 when absent), clamped to an int for the classic columns. */
  public int segment(int i) {
    if (i >= release.size()) {
      return 0;
    }
    BigInteger v = release.get(i);
    return v.bitLength() < 32 ? v.intValue() : Integer.MAX_VALUE;
  }

  public String preLabel() {
    return preLabel;
  }

  public Long preNumber() {
    return preNumber;
  }

  public Long postNumber() {
    return postNumber;
  }

  public Long devNumber() {
    return devNumber;
  }

  public String local() {
    return local;
  }

  public boolean isPreRelease() {
    return valid && (preLabel != null || devNumber != null);
  }

  public String sortKey() {
    return sortKey;
  }

  @Override
  public int compareTo(Pep440Version other) {
    return sortKey.compareTo(other.sortKey);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Pep440Version other && sortKey.equals(other.sortKey);
  }

  @Override
  public int hashCode() {
    return sortKey.hashCode();
  }

  @Override
  public String toString() {
    return original;
  }
}
