package dev.surql.core.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts engines, and keeps one shared engine per JVM and configuration: started on first use,
 * closed when the JVM shuts down. Starting a SurrealDB for every test class costs far more than a
 * fresh {@link SurqlDatabase} on a shared one.
 */
public final class SurqlEngines {
  private static final System.Logger LOG = System.getLogger(SurqlEngines.class.getName());
  private static final Map<EngineConfig, SurrealEngine> SHARED = new ConcurrentHashMap<>();

  private SurqlEngines() {}

  /** The shared engine for the configuration from system properties and the environment. */
  public static SurrealEngine shared() {
    return shared(EngineConfig.fromEnvironment());
  }

  /** The shared engine for a configuration, started on first use. */
  public static SurrealEngine shared(EngineConfig config) {
    SurrealEngine engine = SHARED.get(config);
    if (engine != null && engine.isRunning()) {
      return engine;
    }
    synchronized (SHARED) {
      engine = SHARED.get(config);
      if (engine == null || !engine.isRunning()) {
        if (engine != null) {
          LOG.log(System.Logger.Level.WARNING, "The shared engine " + engine + " stopped; starting a new one");
          engine.close();
        }
        engine = start(config);
        SHARED.put(config, engine);
      }
      return engine;
    }
  }

  /** Starts a new engine that the caller owns and must close. */
  public static SurrealEngine start(EngineConfig config) {
    return start(config, EngineEnvironment.system());
  }

  /** Starts a new engine, resolving AUTO against the given environment. */
  public static SurrealEngine start(EngineConfig config, EngineEnvironment environment) {
    EngineResolution resolution = new EngineResolver(environment).resolve(config);
    long started = System.nanoTime();
    SurrealEngine engine = switch (resolution.kind()) {
      case EMBEDDED -> EmbeddedEngine.start(config);
      case CONTAINER -> ContainerEngine.start(config);
      case BINARY -> BinaryEngine.start(config);
      case EXTERNAL -> ExternalEngine.connect(config);
      case AUTO -> throw new IllegalStateException("AUTO is resolved before starting");
    };
    LOG.log(System.Logger.Level.INFO, "surql-test uses the " + resolution.kind() + " engine (" + resolution.reason()
        + "): " + engine.serverVersion() + " at " + engine.rootSettings().url() + ", ready in "
        + (System.nanoTime() - started) / 1_000_000 + " ms");
    return engine;
  }
}
