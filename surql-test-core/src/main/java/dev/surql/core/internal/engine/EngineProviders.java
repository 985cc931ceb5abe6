package dev.surql.core.internal.engine;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.engine.EngineKind;
import dev.surql.core.engine.spi.EngineProvider;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the {@link EngineProvider}s on the classpath with {@link ServiceLoader}: first through the
 * thread's context class loader (where test frameworks and build plugins put the user's classpath),
 * then through core's own.
 */
public final class EngineProviders {
  /** The artifact that provides {@link EngineKind#CONTAINER}, as a dependency coordinate. */
  public static final String CONTAINER_ARTIFACT = "dev.surql:surql-testcontainers";

  private EngineProviders() {}

  /** The provider of an engine kind, if an artifact on the classpath provides it. */
  public static Optional<EngineProvider> find(EngineKind kind) {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    Optional<EngineProvider> found = context == null ? Optional.empty() : find(kind, context);
    ClassLoader own = EngineProvider.class.getClassLoader();
    return found.isPresent() || own == context ? found : find(kind, own);
  }

  private static Optional<EngineProvider> find(EngineKind kind, ClassLoader loader) {
    try {
      for (EngineProvider provider : ServiceLoader.load(EngineProvider.class, loader)) {
        if (provider.kind() == kind) {
          return Optional.of(provider);
        }
      }
    } catch (ServiceConfigurationError e) {
      throw new SurqlException(
          ErrorCode.ENGINE_UNAVAILABLE,
          "An engine provider on the classpath cannot be loaded: "
              + e.getMessage()
              + ". Check that surql-testcontainers has the same version as surql-test-core.",
          e);
    }
    return Optional.empty();
  }

  /**
   * The provider of {@link EngineKind#CONTAINER}, or an error that says which dependency to add.
   */
  public static EngineProvider container() {
    return find(EngineKind.CONTAINER)
        .orElseThrow(
            () ->
                new SurqlException(
                    ErrorCode.ENGINE_UNAVAILABLE,
                    "surql.engine=CONTAINER runs SurrealDB in Docker through Testcontainers, which lives in its own artifact: "
                        + "add the dependency "
                        + CONTAINER_ARTIFACT
                        + " (same version as surql-test-core, test scope) to use it. "
                        + "Or use another engine: surql.engine=EMBEDDED (Node.js), BINARY (a 'surreal' executable) or "
                        + "EXTERNAL with surql.url."));
  }
}
