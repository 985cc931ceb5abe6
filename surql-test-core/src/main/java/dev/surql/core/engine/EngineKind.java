package dev.surql.core.engine;

/** How surql-test gets a SurrealDB server. */
public enum EngineKind {
  /**
   * The first available of: EXTERNAL (a URL is set), CONTAINER (Docker answers), BINARY (surreal on
   * PATH), EMBEDDED (node on PATH).
   */
  AUTO,
  /**
   * A Node.js process hosting the official {@code @surrealdb/node} engine behind SurrealDB's HTTP
   * API.
   */
  EMBEDDED,
  /** A {@code surrealdb/surrealdb} Docker container started through Testcontainers. */
  CONTAINER,
  /** A {@code surreal start … memory} child process. */
  BINARY,
  /** A server somebody else runs, at a given URL. */
  EXTERNAL
}
