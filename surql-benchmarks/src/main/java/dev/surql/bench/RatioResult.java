package dev.surql.bench;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link Ratio} evaluated on one run: both medians and their quotient, or why it could not be
 * computed (a benchmark it names failed).
 *
 * @param ratio the declared ratio
 * @param numeratorMedian the numerator benchmark's median, if it succeeded
 * @param denominatorMedian the denominator benchmark's median, if it succeeded
 * @param interleaved whether the two benchmarks ran interleaved (one iteration of each in turn)
 */
public record RatioResult(
    Ratio ratio,
    Optional<Duration> numeratorMedian,
    Optional<Duration> denominatorMedian,
    boolean interleaved) {

  public RatioResult {
    Objects.requireNonNull(ratio, "ratio");
    Objects.requireNonNull(numeratorMedian, "numeratorMedian");
    Objects.requireNonNull(denominatorMedian, "denominatorMedian");
  }

  /** Evaluates {@code ratio} on the results of its two benchmarks. */
  public static RatioResult of(
      Ratio ratio, BenchmarkResult numerator, BenchmarkResult denominator, boolean interleaved) {
    return new RatioResult(
        ratio,
        numerator.succeeded() ? Optional.of(numerator.median()) : Optional.empty(),
        denominator.succeeded() ? Optional.of(denominator.median()) : Optional.empty(),
        interleaved);
  }

  /** The numerator's median divided by the denominator's, if both benchmarks succeeded. */
  public Optional<Double> value() {
    return numeratorMedian.flatMap(n -> denominatorMedian.map(d -> BenchmarkResult.ratio(n, d)));
  }

  /** Whether the value is within {@link Ratio#max()}; empty without a goal or a value. */
  public Optional<Boolean> meetsTarget() {
    return value().flatMap(v -> ratio.max().map(max -> v <= max));
  }
}
