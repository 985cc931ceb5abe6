package dev.surql.core.engine;

import dev.surql.core.client.ConnectionSettings;
import dev.surql.core.client.SurqlClient;

/**
 * A running SurrealDB server that surql-test can talk to over HTTP. Closing it stops the server if
 * surql-test started it.
 */
public interface SurrealEngine extends AutoCloseable {

  /** Which kind of engine this is (never {@link EngineKind#AUTO}). */
  EngineKind kind();

  /** Root connection settings, with no namespace or database selected. */
  ConnectionSettings rootSettings();

  /** The server's version as reported by {@code GET /version}, e.g. {@code surrealdb-3.0.2}. */
  String serverVersion();

  /**
   * The release line of {@link #serverVersion()}, e.g. {@link SurrealVersion#V2_6} for {@code
   * surrealdb-2.6.0}; empty for a version surql-test has no line for.
   */
  default java.util.Optional<SurrealVersion> releaseLine() {
    return SurrealVersion.fromServerVersion(serverVersion());
  }

  /** Whether the server still answers {@code GET /health}. */
  default boolean isRunning() {
    return SurqlClient.connect(rootSettings()).isHealthy();
  }

  /** A client for the given namespace and database of this engine. */
  default SurqlClient client(String namespace, String database) {
    return SurqlClient.connect(rootSettings().withNamespace(namespace).withDatabase(database));
  }

  /** Stops the server if surql-test started it. Idempotent. */
  @Override
  void close();
}
