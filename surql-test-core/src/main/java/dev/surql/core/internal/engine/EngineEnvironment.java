package dev.surql.core.internal.engine;

import dev.surql.core.engine.EngineKind;
import dev.surql.core.engine.spi.EngineProvider;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@link EngineKind#AUTO} looks at to choose an engine. A seam: tests replace it to fake the
 * container support on the classpath and the availability of Docker, {@code surreal} and {@code
 * node}.
 */
public interface EngineEnvironment {

  /**
   * Whether an artifact on the classpath provides {@link EngineKind#CONTAINER} ({@code
   * surql-testcontainers}); without it AUTO skips the container step.
   */
  boolean hasContainerSupport();

  /** Whether a Docker engine answers (not just whether the client is installed). */
  boolean isDockerAvailable();

  /** The path of an executable on PATH, if there is one. */
  Optional<Path> findOnPath(String executable);

  /** The real machine and classpath. */
  static EngineEnvironment system() {
    return new EngineEnvironment() {
      @Override
      public boolean hasContainerSupport() {
        return EngineProviders.find(EngineKind.CONTAINER).isPresent();
      }

      @Override
      public boolean isDockerAvailable() {
        return EngineProviders.find(EngineKind.CONTAINER)
            .map(EngineProvider::isAvailable)
            .orElse(false);
      }

      @Override
      public Optional<Path> findOnPath(String executable) {
        return Executables.findOnPath(executable);
      }
    };
  }
}
