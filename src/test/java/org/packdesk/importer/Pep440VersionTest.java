package org.packdesk.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Pep440VersionTest {

  @Test
  void ordersPreDevPostAndFinalReleasesAsPep440Says() {
    List<String> expected = List.of("0.9", "1.0.dev0", "1.0a1.dev1", "1.0a1", "1.0a2", "1.0b2", "1.0rc1",
        "1.0", "1.0.post1.dev0", "1.0.post1", "1.0.1", "1.1.dev1", "1.1", "2015.11.20.1", "1!0.1");
    List<String> shuffled = new ArrayList<>(expected);
    Collections.shuffle(shuffled, new Random(7));
    shuffled.sort((a, b) -> Pep440Version.parse(a).compareTo(Pep440Version.parse(b)));
    assertEquals(expected, shuffled);
  }

  @Test
  void sortKeysOrderTheSameWayAsStrings() {
    // the database orders by sort_key as a plain string: the key order must be the version order
    List<String> versions = List.of("1.0.dev0", "1.0a1", "1.0", "1.0.post1", "1.0.1", "1.10", "1.9", "10.0", "2.0");
    List<String> byKey = new ArrayList<>(versions);
    byKey.sort((a, b) -> Pep440Version.parse(a).sortKey().compareTo(Pep440Version.parse(b).sortKey()));
    assertEquals(List.of("1.0.dev0", "1.0a1", "1.0", "1.0.post1", "1.0.1", "1.9", "1.10", "2.0", "10.0"), byKey);
    for (String v : versions) {
      assertTrue(Pep440Version.parse(v).sortKey().matches("[0-9a-z]+"), "only digits and letters: collation-proof");
    }
  }

  @ParameterizedTest
  @CsvSource({
      "2.18.4, 2, 18, 4, , , , ",
      "1.0rc1, 1, 0, 0, rc, 1, , ",
      "2.0.0.post1, 2, 0, 0, , , 1, ",
      "6.7.dev0, 6, 7, 0, , , , 0",
      "1.0-preview.2, 1, 0, 0, rc, 2, , ",
      "1.0ALPHA, 1, 0, 0, a, 0, , ",
      "1.0-1, 1, 0, 0, , , 1, ",
      "v3.2b4, 3, 2, 0, b, 4, , ",
      "2015.11.20.1, 2015, 11, 20, , , , ",
  })
  void parsesTheParts(String text, int major, int minor, int build, String pre, Long preN, Long post, Long dev) {
    Pep440Version v = Pep440Version.parse(text);
    assertTrue(v.isValid(), text);
    assertEquals(major, v.segment(0));
    assertEquals(minor, v.segment(1));
    assertEquals(build, v.segment(2));
    assertEquals(pre, v.preLabel());
    assertEquals(preN, v.preNumber());
    assertEquals(post, v.postNumber());
    assertEquals(dev, v.devNumber());
    assertEquals(text, v.original(), "kept exactly as published");
  }

  @Test
  void fourPartVersionsAreNotZero() {
    Pep440Version v = Pep440Version.parse("2015.11.20.1");
    assertEquals(List.of(BigInteger.valueOf(2015), BigInteger.valueOf(11), BigInteger.valueOf(20), BigInteger.ONE), v.release());
    assertTrue(v.compareTo(Pep440Version.parse("2015.11.20")) > 0);
  }

  @Test
  void trailingZerosAreEqual() {
    assertEquals(0, Pep440Version.parse("1.0").compareTo(Pep440Version.parse("1.0.0")));
  }

  @Test
  void hugeNumbersDoNotBreakAnything() {
    Pep440Version v = Pep440Version.parse("99999999999999999999999.1");
    assertTrue(v.isValid());
    assertEquals(Integer.MAX_VALUE, v.segment(0));
    assertTrue(v.sortKey().length() <= Pep440Version.MAX_KEY_LENGTH);
    assertTrue(Pep440Version.parse("1." + "1.".repeat(200) + "1").sortKey().length() <= Pep440Version.MAX_KEY_LENGTH);
  }

  @Test
  void legacyVersionsSortBelowValidOnes() {
    Pep440Version legacy = Pep440Version.parse("0.1-bulbasaur");
    assertFalse(legacy.isValid());
    assertTrue(legacy.compareTo(Pep440Version.parse("0.0.1.dev0")) < 0);
    assertEquals(0, legacy.segment(0));
  }

  /** Every consecutive pair of the 64 sample packages' versions, ordered by Python's packaging. */
  @Test
  void agreesWithPythonPackagingOnRealVersions() throws Exception {
    int checked = 0;
    for (String line : lines("/pep440/ordered-pairs.tsv")) {
      String[] cols = line.split("\t");
      int expected = Integer.parseInt(cols[2]);
      int actual = Integer.signum(Pep440Version.parse(cols[0]).compareTo(Pep440Version.parse(cols[1])));
      assertEquals(expected, actual, cols[0] + " vs " + cols[1]);
      checked++;
    }
    assertTrue(checked > 3000);
  }

  @Test
  void rejectsWhatPythonPackagingRejects() throws Exception {
    for (String version : lines("/pep440/invalid.txt")) {
      assertFalse(Pep440Version.parse(version).isValid(), version);
    }
  }

  private static List<String> lines(String resource) throws Exception {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        Pep440VersionTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      return in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }
  }
}
