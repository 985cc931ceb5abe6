package dev.surql.bench.junit5;

import dev.surql.bench.Benchmark;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.engine.SurrealEngine;
import dev.surql.core.migration.MigrationLoader;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.migration.Migrator;
import dev.surql.core.verify.CheckResult;
import dev.surql.core.verify.MigrationChecks;
import dev.surql.core.verify.MigrationTimeline;
import dev.surql.core.verify.MigrationVerifier;
import dev.surql.core.verify.TimelineRecorder;
import dev.surql.core.verify.VerificationReport;

/**
 * The baseline of {@link JUnitClassBenchmark}: the same work through the core API, without JUnit.
 * Load the examples' migrations, apply them to a fresh database with a {@link TimelineRecorder},
 * check the history for checksum drift, and run {@link MigrationVerifier#verify()}.
 */
public final class CoreApiBenchmark implements Benchmark {
  static final String NAME = "junit5.examples.core-api";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "the same work on the examples migrations through the core API: MigrationLoader, Migrator with"
        + " TimelineRecorder on a fresh database, MigrationVerifier.verify()";
  }

  @Override
  public int warmups() {
    return 2;
  }

  @Override
  public int iterations() {
    return 11;
  }

  @Override
  public Fixture setUp() {
    SurrealEngine engine = SurqlEngines.shared();
    return () -> {
      MigrationSet migrations = MigrationLoader.load(ExamplesChecks.MIGRATIONS);
      MigrationTimeline timeline;
      CheckResult drift;
      try (SurqlDatabase database = SurqlDatabase.create(engine, "bench_core_api")) {
        TimelineRecorder recorder = new TimelineRecorder(database.client(), 0);
        new Migrator(database.client(), migrations).withListener(recorder).migrate();
        timeline = recorder.timeline();
        drift = MigrationChecks.noChecksumDrift(database.client(), migrations);
      }
      VerificationReport report =
          MigrationVerifier.of(engine, migrations).withDatabasePrefix("bench_core_verify").verify();
      if (timeline.steps().size() != migrations.size() || !drift.passed() || !report.passed()) {
        throw new IllegalStateException(
            "the examples' migrations did not pass through the core API: "
                + timeline.steps().size()
                + " of "
                + migrations.size()
                + " steps recorded, drift "
                + drift.failures()
                + ", checks "
                + report.checks());
      }
    };
  }
}
