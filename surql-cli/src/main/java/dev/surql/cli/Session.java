package dev.surql.cli;

import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.SurrealEngine;

/**
 * The server one command runs against, with a client bound to its namespace and database. Closing
 * it stops the engine if the command started it ({@code --embedded}).
 */
record Session(SurrealEngine engine, boolean ownsEngine, SurqlClient client) implements AutoCloseable {

  @Override
  public void close() {
    if (ownsEngine) {
      engine.close();
    }
  }
}
