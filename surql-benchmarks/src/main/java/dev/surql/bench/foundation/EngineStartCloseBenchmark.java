package dev.surql.bench.foundation;

import dev.surql.bench.Benchmark;
import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.EngineKind;
import dev.surql.core.internal.engine.EmbeddedEngine;
import java.util.Optional;

/**
 * Starts a new embedded engine and closes it again, interleaved with its baseline {@code
 * database.create-close}: the ratio says how many fresh isolated databases cost as much as one
 * engine start, which is the case for sharing one engine per JVM.
 */
public final class EngineStartCloseBenchmark implements Benchmark {

  @Override
  public String name() {
    return "engine.embedded.start-close";
  }

  @Override
  public String description() {
    return "EmbeddedEngine.start (npm packages installed) then close";
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
  public Optional<String> baseline() {
    return Optional.of("database.create-close");
  }

  @Override
  public Fixture setUp() {
    EngineConfig config = EngineConfig.fromEnvironment().withKind(EngineKind.EMBEDDED);
    EmbeddedEngine.start(config).close(); // installs the npm packages if this is the first use
    return () -> EmbeddedEngine.start(config).close();
  }
}
