package dev.surql.core.engine.spi;

import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.EngineKind;
import dev.surql.core.engine.SurrealEngine;

/**
 * Starts engines of one kind that core does not start itself. Core finds providers at run time with
 * {@link java.util.ServiceLoader}: an artifact registers its implementation in {@code
 * META-INF/services/dev.surql.core.engine.spi.EngineProvider}, so adding the artifact to the
 * classpath is all a user does. {@code dev.surql:surql-testcontainers} provides {@link
 * EngineKind#CONTAINER} this way, so that users without Docker do not get Testcontainers on their
 * classpath.
 *
 * <p>Without a provider for CONTAINER, {@code surql.engine=CONTAINER} fails with an error that
 * names the artifact to add, and {@link EngineKind#AUTO} skips the container step (its resolution
 * reason says so).
 *
 * <p>An implementation needs a public no-argument constructor and must be thread-safe.
 */
public interface EngineProvider {

  /** The kind of engine this provider starts (never {@link EngineKind#AUTO}). */
  EngineKind kind();

  /**
   * Whether an engine of {@link #kind()} can start on this machine now; {@link EngineKind#AUTO}
   * asks before it chooses this kind. For containers: whether a Docker engine answers. Answers
   * quickly and never throws.
   */
  boolean isAvailable();

  /**
   * Starts an engine for a configuration whose kind is {@link #kind()}. The caller owns the engine
   * and closes it.
   *
   * @throws dev.surql.core.SurqlException ({@link dev.surql.core.ErrorCode#ENGINE_START_FAILED}) if
   *     it cannot start, saying what to do about it
   */
  SurrealEngine start(EngineConfig config);
}
