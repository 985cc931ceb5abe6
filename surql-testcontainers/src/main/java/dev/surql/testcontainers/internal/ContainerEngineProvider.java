package dev.surql.testcontainers.internal;

import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.EngineKind;
import dev.surql.core.engine.SurrealEngine;
import dev.surql.core.engine.spi.EngineProvider;
import dev.surql.testcontainers.ContainerEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import org.testcontainers.DockerClientFactory;

/**
 * Provides {@link EngineKind#CONTAINER} to core through {@link java.util.ServiceLoader} (registered
 * in {@code META-INF/services}); not meant to be called directly.
 */
public final class ContainerEngineProvider implements EngineProvider {

  @Override
  public EngineKind kind() {
    return EngineKind.CONTAINER;
  }

  /**
   * Whether a Docker engine answers. Testcontainers is only asked when Docker looks configured (a
   * {@code DOCKER_HOST}, a socket or a Testcontainers configuration), which keeps AUTO quick on
   * machines without Docker.
   */
  @Override
  public boolean isAvailable() {
    boolean configured =
        System.getenv("DOCKER_HOST") != null
            || Files.exists(Path.of("/var/run/docker.sock"))
            || Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"))
            || Files.exists(
                Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock"));
    if (!configured) {
      return false;
    }
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  @Override
  public SurrealEngine start(EngineConfig config) {
    return ContainerEngine.start(config);
  }
}
