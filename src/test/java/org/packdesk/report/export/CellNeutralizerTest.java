package org.packdesk.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** OWASP's CSV injection triggers get a leading apostrophe; everything else is left as written. */
class CellNeutralizerTest {

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"x\")", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
      "@SUM(1+1)", "\t=1+1", "\r=1+1"})
  void formulaTriggersAreNeutralised(String hostile) {
    assertEquals("'" + hostile, CellNeutralizer.neutralize(hostile));
  }

  @ParameterizedTest
  @ValueSource(strings = {"requests", "Python HTTP for Humans.", " =not first", "a=b", "数据", "'quoted"})
  void ordinaryTextIsUnchanged(String text) {
    assertEquals(text, CellNeutralizer.neutralize(text));
  }

  @Test
  void emptyAndMissingStayThatWay() {
    assertEquals("", CellNeutralizer.neutralize(""));
    assertNull(CellNeutralizer.neutralize(null));
  }
}
