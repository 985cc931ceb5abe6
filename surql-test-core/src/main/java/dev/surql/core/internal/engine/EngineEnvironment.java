package dev.surql.core.internal.engine;

import dev.surql.core.engine.EngineKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@link EngineKind#AUTO} looks at to choose an engine. A seam: tests replace it to fake the
 * availability of Docker, {@code surreal} and {@code node}.
 */
public interface EngineEnvironment {

  /** Whether a Docker engine answers (not just whether the client is installed). */
  boolean isDockerAvailable();

  /** The path of an executable on PATH, if there is one. */
  Optional<Path> findOnPath(String executable);

  /** The real machine. */
  static EngineEnvironment system() {
    return new EngineEnvironment() {
      @Override
      public boolean isDockerAvailable() {
        boolean configured = System.getenv("DOCKER_HOST") != null
            || Files.exists(Path.of("/var/run/docker.sock"))
            || Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"))
            || Files.exists(Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock"));
        if (!configured) {
          return false;
        }
        try {
          return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
          return false;
        }
      }

      @Override
      public Optional<Path> findOnPath(String executable) {
        return Executables.findOnPath(executable);
      }
    };
  }
}
