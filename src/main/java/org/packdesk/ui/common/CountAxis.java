package org.packdesk.ui.common;

import java.text.NumberFormat;
import javafx.scene.chart.NumberAxis;
import javafx.util.converter.NumberStringConverter;

/**
 * A chart's axis of whole counts (downloads, packages): ticks at whole, round steps (1, 2, 5, 10,
 * 20, 50…) from zero, labelled with thousands separators. JavaFX's own ranging picks steps such as
 * 2.5 for a largest count near ten, and labels the ticks 0.0, 2.5, 5.0 under counts that have no
 * fractions.
 */
public final class CountAxis {

  /** About this many steps, at most, between zero and the top of the axis. */
  static final int MAX_STEPS = 8;

  private CountAxis() {
  }

  /** Sets {@code axis} to run from zero to just above {@code largest}, in whole steps. */
  public static void fit(NumberAxis axis, long largest) {
    long step = step(largest);
    axis.setAutoRanging(false);
    axis.setLowerBound(0);
    axis.setUpperBound(top(largest, step));
    axis.setTickUnit(step);
    axis.setMinorTickVisible(false);
    axis.setTickLabelFormatter(new NumberStringConverter(NumberFormat.getIntegerInstance()));
  }

  /** The smallest round step (1, 2 or 5 times a power of ten) that covers {@code largest} in {@link #MAX_STEPS}. */
  static long step(long largest) {
    long needed = ceilDiv(largest, MAX_STEPS);
    long step = 1;
    while (true) {
      for (long factor : new long[] {1, 2, 5}) {
        long candidate = step * factor;
        if (candidate >= needed || candidate > Long.MAX_VALUE / 50) {
          return candidate;
        }
      }
      step *= 10;
    }
  }

  /** The top of the axis: {@code largest} rounded up to a whole step, and at least one step. */
  static long top(long largest, long step) {
    long steps = ceilDiv(largest, step);
    return Math.max(step, steps > Long.MAX_VALUE / step ? Long.MAX_VALUE : steps * step);
  }

  /** {@code a / b} rounded up, for a count and a positive divisor, without overflowing. */
  private static long ceilDiv(long a, long b) {
    return a / b + (a % b == 0 ? 0 : 1);
  }
}
