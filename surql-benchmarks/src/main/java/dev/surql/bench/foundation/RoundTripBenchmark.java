package dev.surql.bench.foundation;

import dev.surql.bench.Benchmark;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import java.time.Duration;
import java.util.Optional;

/** Sends {@code RETURN 1} to a database of the shared engine: the fixed cost of every query. */
public final class RoundTripBenchmark implements Benchmark {

  @Override
  public String name() {
    return "client.round-trip";
  }

  @Override
  public String description() {
    return "SurqlClient.query(\"RETURN 1\") on a database of the shared engine";
  }

  @Override
  public int warmups() {
    return 500;
  }

  @Override
  public int iterations() {
    return 3000;
  }

  @Override
  public Optional<Duration> target() {
    return Optional.of(Duration.ofMillis(2));
  }

  @Override
  public Fixture setUp() {
    SurqlDatabase db = SurqlDatabase.create(SurqlEngines.shared(), "bench_rt");
    SurqlClient client = db.client();
    return new Fixture() {
      @Override
      public void run() {
        if (client.query("RETURN 1").last().asLong() != 1) {
          throw new IllegalStateException("RETURN 1 did not return 1");
        }
      }

      @Override
      public void close() {
        db.close();
      }
    };
  }
}
