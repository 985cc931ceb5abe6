package dev.surql.testcontainers;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.client.ConnectionSettings;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.EngineKind;
import dev.surql.core.internal.engine.CloseOnce;
import dev.surql.core.internal.engine.ShutdownHooks;
import dev.surql.core.internal.engine.StartedEngine;

/**
 * The CONTAINER engine: a SurrealDB Docker container started through Testcontainers ({@link
 * SurrealDbContainer}). Core starts it for {@code surql.engine=CONTAINER} (and for AUTO when Docker
 * answers) once this artifact is on the classpath; {@link #container()} gives the container itself,
 * e.g. for its logs.
 */
public final class ContainerEngine extends StartedEngine {
  private final SurrealDbContainer container;
  private final CloseOnce closing = new CloseOnce();

  private ContainerEngine(
      SurrealDbContainer container, ConnectionSettings settings, String version) {
    super(EngineKind.CONTAINER, settings, version);
    this.container = container;
  }

  /**
   * Starts a container of {@link EngineConfig#containerImage()}: {@code surql.image}, or the image
   * of {@code surql.version}. Capabilities go to the server as its {@code SURREAL_CAPS_ALLOW_*}
   * environment variables, the root credentials as {@code SURREAL_USER} and {@code SURREAL_PASS}.
   *
   * @throws SurqlException ({@link ErrorCode#ENGINE_START_FAILED}) if the container does not start
   */
  public static ContainerEngine start(EngineConfig config) {
    SurrealDbContainer container =
        new SurrealDbContainer(config.containerImage())
            .withUsername(config.user())
            .withPassword(config.password())
            .withEnv(config.capabilities().serverEnvironment())
            .withStartupTimeout(config.startupTimeout());
    try {
      container.start();
    } catch (RuntimeException e) {
      container.close();
      throw new SurqlException(
          ErrorCode.ENGINE_START_FAILED,
          "Could not start the SurrealDB container "
              + config.containerImage()
              + ": "
              + e.getMessage()
              + ". Is Docker running? Or use surql.engine=EMBEDDED.",
          e);
    }
    ConnectionSettings settings =
        ConnectionSettings.of(container.getHttpUrl(), config.user(), config.password());
    ContainerEngine engine =
        new ContainerEngine(container, settings, SurqlClient.connect(settings).serverVersion());
    ShutdownHooks.register(engine);
    return engine;
  }

  /** The running container. */
  public SurrealDbContainer container() {
    return container;
  }

  /**
   * Stops and removes the container. Safe to call twice or from several threads: all return once it
   * is gone.
   */
  @Override
  public void close() {
    closing.close(
        () -> {
          container.close();
          ShutdownHooks.unregister(this);
        });
  }
}
