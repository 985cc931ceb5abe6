package dev.surql.bench;

import java.util.Objects;
import java.util.Optional;

/**
 * A figure that divides the median of one benchmark by the median of another from the same run,
 * such as "reversibility check vs. the same statements over plain HTTP" or "200 migrations vs. 50".
 * A {@link Benchmark} declares its ratios in {@link Benchmark#ratios()}; the runner also runs the
 * benchmarks a ratio names, so the two medians always come from one run on one machine.
 *
 * @param name a unique, stable name such as {@code verify.reversibility.200/raw-http}
 * @param description one sentence saying what the ratio shows
 * @param numerator the benchmark whose median is divided
 * @param denominator the benchmark whose median it is divided by
 * @param max the ratio should not exceed this, if there is a goal
 * @param ideal the ratio a perfect implementation would have (e.g. 4 for linear growth from 50 to
 *     200), reported for reference only
 */
public record Ratio(
    String name,
    String description,
    String numerator,
    String denominator,
    Optional<Double> max,
    Optional<Double> ideal) {

  public Ratio {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(ideal, "ideal");
    if (numerator.equals(denominator)) {
      throw new IllegalArgumentException("ratio " + name + " divides " + numerator + " by itself");
    }
    max.ifPresent(m -> requirePositive(name, "max", m));
    ideal.ifPresent(i -> requirePositive(name, "ideal", i));
  }

  /**
   * A ratio of {@code subject}'s median to {@code baseline}'s that should be at most {@code max}.
   */
  public static Ratio atMost(
      String name, String description, String subject, String baseline, double max) {
    return new Ratio(name, description, subject, baseline, Optional.of(max), Optional.empty());
  }

  /** A growth ratio (e.g. time for 200 items / time for 50) reported next to its ideal value. */
  public static Ratio growth(
      String name, String description, String larger, String smaller, double ideal) {
    return new Ratio(name, description, larger, smaller, Optional.empty(), Optional.of(ideal));
  }

  /** A ratio reported without a goal. */
  public static Ratio of(String name, String description, String numerator, String denominator) {
    return new Ratio(name, description, numerator, denominator, Optional.empty(), Optional.empty());
  }

  private static void requirePositive(String name, String what, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          "ratio " + name + ": " + what + " must be a positive number, but was " + value);
    }
  }
}
