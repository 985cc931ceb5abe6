package dev.surql.core.internal.engine;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.EngineKind;
import java.util.Objects;

/**
 * Chooses the engine kind for a configuration. For {@link EngineKind#AUTO}: EXTERNAL if a URL is
 * set, else CONTAINER if {@code surql-testcontainers} is on the classpath and Docker answers, else
 * BINARY if {@code surreal} is on PATH, else EMBEDDED if {@code node} is; otherwise an error that
 * lists all four ways.
 */
public final class EngineResolver {
  private final EngineEnvironment environment;

  public EngineResolver(EngineEnvironment environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  public EngineResolution resolve(EngineConfig config) {
    if (config.kind() != EngineKind.AUTO) {
      return new EngineResolution(config.kind(), "surql.engine=" + config.kind());
    }
    if (config.url().isPresent()) {
      return new EngineResolution(EngineKind.EXTERNAL, "surql.url is set to " + config.url().get());
    }
    boolean containers = environment.hasContainerSupport();
    if (containers && environment.isDockerAvailable()) {
      return new EngineResolution(EngineKind.CONTAINER, "a Docker engine answers");
    }
    String noContainer =
        containers
            ? "no Docker engine answers"
            : "no CONTAINER engine ("
                + EngineProviders.CONTAINER_ARTIFACT
                + " is not on the classpath)";
    if (config.binary().isPresent()) {
      return new EngineResolution(
          EngineKind.BINARY, noContainer + "; surql.binary is set to " + config.binary().get());
    }
    var surreal = environment.findOnPath("surreal");
    if (surreal.isPresent()) {
      return new EngineResolution(
          EngineKind.BINARY, noContainer + "; 'surreal' is on PATH at " + surreal.get());
    }
    if (config.node().isPresent()) {
      return new EngineResolution(
          EngineKind.EMBEDDED, noContainer + "; surql.node is set to " + config.node().get());
    }
    var node = environment.findOnPath("node");
    if (node.isPresent()) {
      return new EngineResolution(
          EngineKind.EMBEDDED,
          noContainer + " and no 'surreal' is on PATH; 'node' is on PATH at " + node.get());
    }
    throw new SurqlException(
        ErrorCode.ENGINE_UNAVAILABLE,
        String.join(
            System.lineSeparator(),
            "No SurrealDB engine is available. surql-test can use any one of:",
            "  1. EXTERNAL:  a running server; set surql.url (SURQL_URL), e.g. http://127.0.0.1:8000",
            "  2. CONTAINER: Docker and the "
                + EngineProviders.CONTAINER_ARTIFACT
                + " dependency"
                + (containers
                    ? " (on the classpath: start a Docker engine)"
                    : " (not on the classpath: add it)"),
            "  3. BINARY:    SurrealDB's 'surreal' executable on PATH, or surql.binary (SURQL_BINARY)",
            "  4. EMBEDDED:  Node.js 18+ ('node' on PATH, or surql.node / SURQL_NODE); the engine is installed with npm"));
  }
}
