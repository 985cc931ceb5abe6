package dev.surql.core.engine;

import dev.surql.core.internal.engine.ShutdownHooks;
import dev.surql.core.internal.engine.StartedEngine;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.client.ConnectionSettings;
import dev.surql.core.client.SurqlClient;

/** A SurrealDB Docker container started through Testcontainers ({@link SurrealDbContainer}). */
public final class ContainerEngine extends StartedEngine {
  private final SurrealDbContainer container;

  private ContainerEngine(SurrealDbContainer container, ConnectionSettings settings, String version) {
    super(EngineKind.CONTAINER, settings, version);
    this.container = container;
  }

  /**
   * Starts a container of {@link EngineConfig#containerImage()}: {@code surql.image}, or the image of
   * {@code surql.version}. Capabilities go to the server as its {@code SURREAL_CAPS_ALLOW_*}
   * environment variables.
   */
  public static ContainerEngine start(EngineConfig config) {
    SurrealDbContainer container = new SurrealDbContainer(config.containerImage())
        .withUsername(config.user())
        .withPassword(config.password())
        .withEnv(config.capabilities().serverEnvironment())
        .withStartupTimeout(config.startupTimeout());
    try {
      container.start();
    } catch (RuntimeException e) {
      container.close();
      throw new SurqlException(ErrorCode.ENGINE_START_FAILED, "Could not start the SurrealDB container "
          + config.containerImage() + ": " + e.getMessage() + ". Is Docker running? Or use surql.engine=EMBEDDED.", e);
    }
    ConnectionSettings settings = ConnectionSettings.of(container.getHttpUrl(), config.user(), config.password());
    ContainerEngine engine = new ContainerEngine(container, settings, SurqlClient.connect(settings).serverVersion());
    ShutdownHooks.register(engine);
    return engine;
  }

  public SurrealDbContainer container() {
    return container;
  }

  @Override
  public void close() {
    container.close();
    ShutdownHooks.unregister(this);
  }
}
