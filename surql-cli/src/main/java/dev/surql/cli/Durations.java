package dev.surql.cli;

import java.time.Duration;
import java.util.Locale;

/** Short human durations for command output: {@code 12 ms}, {@code 3.4 s}. */
final class Durations {
  private Durations() {}

  static String format(Duration duration) {
    long millis = duration.toMillis();
    if (millis < 1000) {
      return millis + " ms";
    }
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
