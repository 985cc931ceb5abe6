package dev.surql.bench.foundation;

import dev.surql.bench.Benchmark;
import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.EngineKind;
import dev.surql.core.engine.SurrealVersion;
import dev.surql.core.internal.engine.EmbeddedEngine;
import java.time.Duration;
import java.util.Optional;

/**
 * Starts a new embedded engine of one SurrealDB release line (npm packages already installed) and
 * waits for its first successful query: what the first test of a JVM pays on that line.
 */
public abstract class EmbeddedColdStartBenchmark implements Benchmark {
  private final SurrealVersion version;

  protected EmbeddedColdStartBenchmark(SurrealVersion version) {
    this.version = version;
  }

  @Override
  public String name() {
    return "engine.embedded.cold-start"
        + (version == SurrealVersion.DEFAULT ? "" : "." + version.line());
  }

  @Override
  public String description() {
    return "start an embedded SurrealDB "
        + version
        + " engine ("
        + version.embeddedPackage()
        + "@"
        + version.embeddedPackageVersion()
        + ") with a warm npm cache and run its first query (RETURN 1)";
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
    EngineConfig config =
        EngineConfig.fromEnvironment().withKind(EngineKind.EMBEDDED).withVersion(version);
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

  /** SurrealDB 3.0, native {@code @surrealdb/node} (named {@code engine.embedded.cold-start}). */
  public static final class Line30 extends EmbeddedColdStartBenchmark {
    public Line30() {
      super(SurrealVersion.V3_0);
    }
  }

  /** SurrealDB 2.6, WebAssembly. */
  public static final class Line26 extends EmbeddedColdStartBenchmark {
    public Line26() {
      super(SurrealVersion.V2_6);
    }
  }

  /** SurrealDB 2.4, WebAssembly. */
  public static final class Line24 extends EmbeddedColdStartBenchmark {
    public Line24() {
      super(SurrealVersion.V2_4);
    }
  }

  /** SurrealDB 2.3, WebAssembly. */
  public static final class Line23 extends EmbeddedColdStartBenchmark {
    public Line23() {
      super(SurrealVersion.V2_3);
    }
  }
}
