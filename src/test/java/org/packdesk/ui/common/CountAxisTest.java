package org.packdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CountAxisTest {

  @Test
  void stepsAreWholeAndRoundAndCoverTheLargestCountInAFewTicks() {
    assertEquals(1, CountAxis.step(0));
    assertEquals(1, CountAxis.step(3));
    assertEquals(1, CountAxis.step(8));
    assertEquals(2, CountAxis.step(9), "never 2.5, as JavaFX's own ranging picks near ten");
    assertEquals(2, CountAxis.step(16));
    assertEquals(5, CountAxis.step(17));
    assertEquals(50, CountAxis.step(205));
    assertEquals(200, CountAxis.step(1_057));
    assertEquals(10_000_000, CountAxis.step(50_000_000));
    assertTrue(CountAxis.step(Long.MAX_VALUE) > 0, "a count near the largest long still gets a step");
    assertTrue(CountAxis.top(Long.MAX_VALUE, CountAxis.step(Long.MAX_VALUE)) > 0, "and a top that did not overflow");
  }

  @Test
  void theTopIsTheLargestCountRoundedUpToAStepAndNeverZero() {
    assertEquals(1, CountAxis.top(0, 1), "an all-zero chart still has an axis");
    assertEquals(3, CountAxis.top(3, 1));
    assertEquals(250, CountAxis.top(205, 50));
    assertEquals(200, CountAxis.top(200, 50));
    assertEquals(1_200, CountAxis.top(1_057, 200));
  }
}
