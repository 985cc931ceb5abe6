package dev.surql.bench.verify;

import dev.surql.bench.Benchmark;
import dev.surql.bench.Ratio;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.engine.SurrealEngine;
import dev.surql.core.verify.MigrationVerifier;
import dev.surql.core.verify.ReversibilityResult;
import dev.surql.core.verify.ReversibilityStatus;
import dev.surql.core.verify.VerificationReport;
import java.util.List;
import java.util.Optional;

/**
 * {@code MigrationVerifier.verify()} on N generated migrations (see {@link GeneratedMigrations}): a
 * fresh database, then up, snapshot, down, snapshot, up, snapshot for every migration. Its
 * baselines, {@link RawReversibilityBenchmark}, send the same statements and INFO queries over
 * plain HTTP: packed as the verifier packs them (its direct baseline, which that one is compared
 * with in turn), and a request per step and per read (the goal of at most {@value #GOAL} times).
 * All three run interleaved.
 */
public abstract class ReversibilityBenchmark implements Benchmark {
  /** The largest and smallest N, for the growth ratio. */
  static final int SMALL = 50;

  static final int LARGE = 200;

  /** The most {@code verify()} may take, as a multiple of its statements over plain HTTP. */
  static final double GOAL = 1.25;

  private final int count;

  protected ReversibilityBenchmark(int count) {
    this.count = count;
  }

  static String name(int count) {
    return "verify.reversibility." + count;
  }

  @Override
  public String name() {
    return name(count);
  }

  @Override
  public String description() {
    return "MigrationVerifier.verify() of "
        + count
        + " generated migrations (table, 4 fields, index; down removes"
        + " them) on a fresh database";
  }

  @Override
  public int warmups() {
    // the 200 pair runs first in a fresh JVM: with one warm-up, C2 was still compiling the walk's
    // code
    // through the first timed rounds (a profile counted 53 s of compiler CPU in a two-minute run on
    // two
    // cores), which timed the JIT rather than the walk; three reach steady state
    return count >= LARGE ? 3 : 2;
  }

  @Override
  public int iterations() {
    return count >= LARGE ? 7 : 11;
  }

  @Override
  public Optional<String> baseline() {
    return Optional.of(RawReversibilityBenchmark.packedName(count));
  }

  @Override
  public Optional<Double> maxRatioToBaseline() {
    return Optional.of(1.5);
  }

  @Override
  public List<Ratio> ratios() {
    Ratio goal =
        Ratio.atMost(
            name(count) + " / " + RawReversibilityBenchmark.name(count),
            "MigrationVerifier.verify() of "
                + count
                + " migrations compared with its statements and INFO queries over plain HTTP,"
                + " a request per step and per read",
            name(count),
            RawReversibilityBenchmark.name(count),
            GOAL);
    if (count != LARGE) {
      return List.of(goal);
    }
    return List.of(
        goal,
        Ratio.growth(
            "verify.reversibility growth " + LARGE + "/" + SMALL,
            "MigrationVerifier.verify() time for "
                + LARGE
                + " migrations / for "
                + SMALL
                + " (linear growth is "
                + (LARGE / SMALL)
                + ")",
            name(LARGE),
            name(SMALL),
            (double) LARGE / SMALL),
        Ratio.growth(
            "verify.reversibility.raw-http growth " + LARGE + "/" + SMALL,
            "the raw HTTP baseline's time for " + LARGE + " migrations / for " + SMALL,
            RawReversibilityBenchmark.name(LARGE),
            RawReversibilityBenchmark.name(SMALL),
            (double) LARGE / SMALL));
  }

  @Override
  public Fixture setUp() {
    SurrealEngine engine = SurqlEngines.shared();
    GeneratedMigrations generated = GeneratedMigrations.create(count);
    MigrationVerifier verifier =
        MigrationVerifier.of(engine, generated.migrations()).withDatabasePrefix("bench_verify");
    return new Fixture() {
      @Override
      public void run() {
        VerificationReport report = verifier.verify();
        List<ReversibilityResult> results = report.results();
        if (results.size() != count
            || results.stream().anyMatch(r -> r.status() != ReversibilityStatus.REVERSIBLE)) {
          throw new IllegalStateException(
              "expected "
                  + count
                  + " reversible migrations, got "
                  + results.stream()
                      .map(
                          r ->
                              r.version()
                                  + "="
                                  + r.status()
                                  + r.error().map(e -> " (" + e + ")").orElse(""))
                      .filter(s -> !s.endsWith("=REVERSIBLE"))
                      .limit(3)
                      .toList());
        }
      }

      @Override
      public void close() {
        generated.close();
      }
    };
  }

  /** N = 50. */
  public static final class Of50 extends ReversibilityBenchmark {
    public Of50() {
      super(SMALL);
    }
  }

  /** N = 200, with the growth ratios from 50 to 200. */
  public static final class Of200 extends ReversibilityBenchmark {
    public Of200() {
      super(LARGE);
    }
  }
}
