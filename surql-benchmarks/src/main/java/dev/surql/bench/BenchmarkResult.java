package dev.surql.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The timings of one benchmark: every timed iteration in the order it ran, with the statistics the
 * report shows, or the error that stopped it.
 *
 * @param name the benchmark's name
 * @param description what one iteration does
 * @param warmups untimed iterations that ran first
 * @param times the timed iterations, in order (empty if the benchmark failed before any)
 * @param jvmCpu per timed iteration, the CPU time of the whole JVM (the benchmark's threads, HTTP,
 *     JIT compiler, garbage collector); empty where not measured
 * @param engineCpu per timed iteration, the CPU time of the processes the JVM started (the embedded
 *     engine); empty where not measured (an engine in Docker or on another host)
 * @param target the median goal, if any
 * @param baseline the benchmark this one is compared with, if any
 * @param error why the benchmark stopped, if it failed
 */
public record BenchmarkResult(
    String name,
    String description,
    int warmups,
    List<Duration> times,
    List<Duration> jvmCpu,
    List<Duration> engineCpu,
    Optional<Duration> target,
    Optional<String> baseline,
    Optional<String> error) {

  public BenchmarkResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    times = List.copyOf(times);
    jvmCpu = List.copyOf(jvmCpu);
    engineCpu = List.copyOf(engineCpu);
    for (List<Duration> cpu : List.of(jvmCpu, engineCpu)) {
      if (!cpu.isEmpty() && cpu.size() != times.size()) {
        throw new IllegalArgumentException(
            "benchmark "
                + name
                + ": a CPU time series must have one entry per timed iteration ("
                + times.size()
                + ") or none, but had "
                + cpu.size());
      }
    }
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(error, "error");
    if (warmups < 0) {
      throw new IllegalArgumentException("warmups must not be negative, but was " + warmups);
    }
  }

  /** A result without CPU times. */
  public BenchmarkResult(
      String name,
      String description,
      int warmups,
      List<Duration> times,
      Optional<Duration> target,
      Optional<String> baseline,
      Optional<String> error) {
    this(name, description, warmups, times, List.of(), List.of(), target, baseline, error);
  }

  /** The median CPU time of the JVM per timed iteration, if measured. */
  public Optional<Duration> jvmCpuMedian() {
    return jvmCpu.isEmpty() ? Optional.empty() : Optional.of(median(jvmCpu));
  }

  /** The median CPU time of the engine's processes per timed iteration, if measured. */
  public Optional<Duration> engineCpuMedian() {
    return engineCpu.isEmpty() ? Optional.empty() : Optional.of(median(engineCpu));
  }

  /** Whether every iteration ran without an error. */
  public boolean succeeded() {
    return error.isEmpty() && !times.isEmpty();
  }

  /** The median of the timed iterations (the mean of the two middle ones for an even count). */
  public Duration median() {
    requireTimes();
    return median(times);
  }

  private static Duration median(List<Duration> values) {
    List<Duration> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1
        ? sorted.get(n / 2)
        : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
  }

  /** The 90th percentile (nearest rank) of the timed iterations. */
  public Duration p90() {
    return percentile(90);
  }

  /** The given percentile (1–100, nearest rank) of the timed iterations. */
  public Duration percentile(int percent) {
    if (percent < 1 || percent > 100) {
      throw new IllegalArgumentException("percent must be between 1 and 100, but was " + percent);
    }
    List<Duration> sorted = sorted();
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  public Duration min() {
    return sorted().get(0);
  }

  public Duration max() {
    List<Duration> sorted = sorted();
    return sorted.get(sorted.size() - 1);
  }

  public Duration mean() {
    requireTimes();
    return times.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(times.size());
  }

  /** The median divided by the target (below 1.0 meets it), if there is a target. */
  public Optional<Double> ratioToTarget() {
    return succeeded() ? target.map(t -> ratio(median(), t)) : Optional.empty();
  }

  /**
   * Whether the median is within the target; empty if there is no target or the benchmark failed.
   */
  public Optional<Boolean> meetsTarget() {
    return ratioToTarget().map(r -> r <= 1.0);
  }

  static double ratio(Duration value, Duration reference) {
    return reference.isZero()
        ? Double.POSITIVE_INFINITY
        : (double) value.toNanos() / reference.toNanos();
  }

  private List<Duration> sorted() {
    requireTimes();
    List<Duration> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    return sorted;
  }

  private void requireTimes() {
    if (times.isEmpty()) {
      throw new IllegalStateException(
          "benchmark " + name + " has no timed iterations" + error.map(e -> ": " + e).orElse(""));
    }
  }
}
