package dev.surql.bench;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One timed operation of surql-test. {@link BenchmarkRunner} calls {@link #setUp()} once, then runs
 * {@link Fixture#run()} {@link #warmups()} times untimed and {@link #iterations()} times timed, and
 * reports the median and 90th percentile against the optional {@link #target()}.
 *
 * <p>A benchmark with a {@link #baseline()} runs interleaved with it (one iteration of each in
 * turn, so both meet the same machine load) and is reported as a {@link Ratio} of the two medians;
 * {@link #ratios()} declares further ratios, such as growth from a small to a large input.
 *
 * <p>Register an implementation (public, with a public no-argument constructor) by adding its class
 * name to {@code META-INF/services/dev.surql.bench.Benchmark}.
 */
public interface Benchmark {

  /**
   * A unique, stable name such as {@code client.round-trip}; the JSON report and command line use
   * it.
   */
  String name();

  /** One sentence saying what one iteration does. */
  String description();

  /** Untimed iterations run first, to warm up the JIT, connection pools and caches. */
  default int warmups() {
    return 5;
  }

  /** Timed iterations. */
  default int iterations() {
    return 50;
  }

  /** The median an iteration should not exceed, if there is a goal. */
  default Optional<Duration> target() {
    return Optional.empty();
  }

  /**
   * The name of another benchmark whose median this one is compared with (as a ratio), if any. The
   * runner runs the two interleaved and reports the ratio as {@code <name> / <baseline>}. A
   * benchmark serves as the baseline of at most one other.
   */
  default Optional<String> baseline() {
    return Optional.empty();
  }

  /**
   * The most this benchmark's median should be, as a multiple of its {@link #baseline()}'s median.
   */
  default Optional<Double> maxRatioToBaseline() {
    return Optional.empty();
  }

  /**
   * Further ratios between benchmarks (this one or others) to report whenever this benchmark runs;
   * the runner also runs every benchmark they name.
   */
  default List<Ratio> ratios() {
    return List.of();
  }

  /**
   * Prepares what every iteration needs (an engine, a database, files); closed after the last
   * iteration.
   */
  Fixture setUp() throws Exception;

  /**
   * The state of one benchmark run. Only {@link #run()} is timed; {@link #afterEach()} undoes what
   * an iteration did, and {@link #close()} releases what {@link Benchmark#setUp()} made.
   */
  interface Fixture extends AutoCloseable {

    /** One timed iteration. */
    void run() throws Exception;

    /** Untimed clean-up after each iteration. */
    default void afterEach() throws Exception {}

    /**
     * Releases what {@link Benchmark#setUp()} made; throws nothing checked (no fixture needs to).
     */
    @Override
    default void close() {}
  }
}
