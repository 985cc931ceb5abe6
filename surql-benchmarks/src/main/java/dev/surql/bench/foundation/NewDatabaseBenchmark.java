package dev.surql.bench.foundation;

import dev.surql.bench.Benchmark;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.engine.SurrealEngine;
import java.time.Duration;
import java.util.Optional;

/** Creates a fresh isolated namespace and database on the shared engine and removes it again. */
public final class NewDatabaseBenchmark implements Benchmark {

  @Override
  public String name() {
    return "database.create-close";
  }

  @Override
  public String description() {
    return "SurqlDatabase.create on the shared engine, then close (removes the namespace)";
  }

  @Override
  public int warmups() {
    return 30;
  }

  @Override
  public int iterations() {
    return 200;
  }

  @Override
  public Optional<Duration> target() {
    return Optional.of(Duration.ofMillis(20));
  }

  @Override
  public Fixture setUp() {
    SurrealEngine engine = SurqlEngines.shared();
    return () -> {
      try (SurqlDatabase db = SurqlDatabase.create(engine, "bench")) {
        db.client();
      }
    };
  }
}
