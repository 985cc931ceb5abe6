package dev.surql.core.engine;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.internal.engine.BinaryEngine;
import dev.surql.core.internal.engine.EmbeddedEngine;
import dev.surql.core.internal.engine.EngineEnvironment;
import dev.surql.core.internal.engine.EngineProviders;
import dev.surql.core.internal.engine.EngineResolution;
import dev.surql.core.internal.engine.EngineResolver;
import dev.surql.core.internal.engine.ExternalEngine;
import dev.surql.core.internal.engine.SharedEngineKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts engines, and keeps one shared engine per JVM and resolved configuration: started on first
 * use, closed when the JVM shuts down. Starting a SurrealDB for every test class costs far more
 * than a fresh {@link SurqlDatabase} on a shared one.
 *
 * <p>Configurations are compared after resolution: {@link EngineKind#AUTO} is replaced by the kind
 * it chose and, for engines surql-test starts, the release line by the one they run, so an AUTO
 * configuration that resolves to EMBEDDED 3.0 shares the engine of an explicit EMBEDDED one, and
 * each release line gets its own engine. Only the settings the resolved kind uses count: a
 * different startup timeout, or an image for an EMBEDDED engine, does not start a second one.
 */
public final class SurqlEngines {
  private static final System.Logger LOG = System.getLogger(SurqlEngines.class.getName());
  private static final Map<SharedEngineKey, SurrealEngine> SHARED = new ConcurrentHashMap<>();
  private static final Map<EngineConfig, Resolved> RESOLVED = new ConcurrentHashMap<>();

  private SurqlEngines() {}

  /** A configuration with its kind resolved, why that kind, and the key of its shared engine. */
  private record Resolved(EngineConfig config, EngineResolution resolution, SharedEngineKey key) {}

  /** The shared engine for the configuration from system properties and the environment. */
  public static SurrealEngine shared() {
    return shared(EngineConfig.fromEnvironment());
  }

  /** The shared engine for a configuration, started on first use. */
  public static SurrealEngine shared(EngineConfig config) {
    Resolved resolved = resolve(config);
    SharedEngineKey key = resolved.key();
    SurrealEngine engine = SHARED.get(key);
    if (engine != null && engine.isRunning()) {
      return engine;
    }
    synchronized (SHARED) {
      engine = SHARED.get(key);
      if (engine == null || !engine.isRunning()) {
        if (engine != null) {
          LOG.log(
              System.Logger.Level.WARNING,
              "The shared engine " + engine + " stopped; starting a new one");
          engine.close();
        }
        engine = start(resolved);
        SHARED.put(key, engine);
      }
      return engine;
    }
  }

  /**
   * The configuration as {@link #shared(EngineConfig)} compares it: the kind AUTO resolved to, and,
   * for EMBEDDED and a CONTAINER of the default image, the release line they run. Resolving AUTO
   * looks at the machine once per configuration and JVM.
   */
  public static EngineConfig resolved(EngineConfig config) {
    return resolve(config).config();
  }

  private static Resolved resolve(EngineConfig config) {
    return RESOLVED.computeIfAbsent(config, c -> resolveNow(c, EngineEnvironment.system()));
  }

  private static Resolved resolveNow(EngineConfig config, EngineEnvironment environment) {
    EngineResolution resolution = new EngineResolver(environment).resolve(config);
    EngineConfig resolved = config.withKind(resolution.kind());
    if (resolution.kind() == EngineKind.EMBEDDED
        || (resolution.kind() == EngineKind.CONTAINER
            && config.image().equals(EngineConfig.DEFAULT_IMAGE))) {
      resolved = resolved.withVersion(config.effectiveVersion());
    }
    return new Resolved(resolved, resolution, SharedEngineKey.of(resolved));
  }

  /** Starts a new engine that the caller owns and must close. */
  public static SurrealEngine start(EngineConfig config) {
    return start(resolve(config));
  }

  /** Starts a new engine, resolving AUTO against the given environment. */
  public static SurrealEngine start(EngineConfig config, EngineEnvironment environment) {
    return start(resolveNow(config, environment));
  }

  private static SurrealEngine start(Resolved resolved) {
    EngineConfig config = resolved.config();
    EngineResolution resolution = resolved.resolution();
    long started = System.nanoTime();
    SurrealEngine engine =
        switch (resolution.kind()) {
          case EMBEDDED -> EmbeddedEngine.start(config);
          case CONTAINER -> EngineProviders.container().start(config);
          case BINARY -> BinaryEngine.start(config);
          case EXTERNAL -> ExternalEngine.connect(config);
          case AUTO -> throw new IllegalStateException("AUTO is resolved before starting");
        };
    try {
      checkVersion(config, engine);
    } catch (RuntimeException e) {
      engine.close();
      throw e;
    }
    LOG.log(
        System.Logger.Level.INFO,
        "surql-test uses the "
            + resolution.kind()
            + " engine, SurrealDB "
            + engine.releaseLine().map(SurrealVersion::line).orElse("?")
            + " ("
            + resolution.reason()
            + (config.version().isPresent() ? ", surql.version=" + config.version().get() : "")
            + "): "
            + engine.serverVersion()
            + " at "
            + engine.rootSettings().url()
            + (config.capabilities().isNone() ? "" : ", capabilities " + config.capabilities())
            + ", ready in "
            + (System.nanoTime() - started) / 1_000_000
            + " ms");
    return engine;
  }

  /** A server must run the release line the configuration asks for, if it asks for one. */
  private static void checkVersion(EngineConfig config, SurrealEngine engine) {
    if (config.version().isEmpty() || config.version().get().matches(engine.serverVersion())) {
      return;
    }
    SurrealVersion wanted = config.version().get();
    String where =
        switch (engine.kind()) {
          case EXTERNAL -> "the server at " + engine.rootSettings().url();
          case BINARY ->
              "the 'surreal' binary "
                  + config.binary().map(p -> p + " ").orElse("on PATH ")
                  + "(surql.binary)";
          case CONTAINER -> "the container image " + config.containerImage() + " (surql.image)";
          default -> "the " + engine.kind() + " engine";
        };
    String remedy =
        switch (engine.kind()) {
          case EXTERNAL -> "Point surql.url (--url) at a SurrealDB " + wanted + " server";
          case BINARY -> "Set surql.binary to a SurrealDB " + wanted + " 'surreal' executable";
          case CONTAINER ->
              "Unset surql.image, or set it to a SurrealDB "
                  + wanted
                  + " image such as "
                  + EngineConfig.IMAGE_REPOSITORY
                  + ":"
                  + wanted.containerTag();
          default -> "Delete the engine's cache directory (surql.cache.dir) to reinstall it";
        };
    throw new SurqlException(
        ErrorCode.INVALID_CONFIGURATION,
        "SurrealDB "
            + wanted
            + " was asked for (surql.version, "
            + "--surrealdb), but "
            + where
            + " reports "
            + engine.serverVersion()
            + ". "
            + remedy
            + ", or ask for "
            + SurrealVersion.fromServerVersion(engine.serverVersion())
                .map(SurrealVersion::line)
                .orElse("its release line")
            + " to test on what it runs.");
  }
}
