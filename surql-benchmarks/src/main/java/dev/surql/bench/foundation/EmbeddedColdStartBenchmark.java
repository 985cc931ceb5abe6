package dev.surql.bench.foundation;

import dev.surql.bench.Benchmark;
import dev.surql.core.engine.EmbeddedEngine;
import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.EngineKind;
import java.time.Duration;
import java.util.Optional;

/**
 * Starts a new embedded engine (npm packages already installed) and waits for its first successful
 * query: what the first test of a JVM pays.
 */
public final class EmbeddedColdStartBenchmark implements Benchmark {

  @Override
  public String name() {
    return "engine.embedded.cold-start";
  }

  @Override
  public String description() {
    return "start an embedded engine with a warm npm cache and run its first query (RETURN 1)";
  }

  @Override
  public int warmups() {
    return 1;
  }

  @Override
  public int iterations() {
    return 7;
  }

  @Override
  public Optional<Duration> target() {
    return Optional.of(Duration.ofMillis(1500));
  }

  @Override
  public Fixture setUp() {
    EngineConfig config = EngineConfig.fromEnvironment().withKind(EngineKind.EMBEDDED);
    EmbeddedEngine.start(config).close(); // installs the npm packages if this is the first use
    return new Fixture() {
      private EmbeddedEngine engine;

      @Override
      public void run() {
        engine = EmbeddedEngine.start(config);
        engine.client("", "").query("RETURN 1");
      }

      @Override
      public void afterEach() {
        close();
      }

      @Override
      public void close() {
        if (engine != null) {
          engine.close();
          engine = null;
        }
      }
    };
  }
}
