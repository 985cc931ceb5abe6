package dev.surql.core.internal.engine;

import dev.surql.core.engine.SurrealEngine;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Closes every engine surql-test started when the JVM shuts down. */
public final class ShutdownHooks {
  private static final Set<SurrealEngine> ENGINES = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  for (SurrealEngine engine : ENGINES) {
                    try {
                      engine.close();
                    } catch (RuntimeException e) {
                      // shutting down anyway
                    }
                  }
                },
                "surql-engine-shutdown"));
  }

  private ShutdownHooks() {}

  public static void register(SurrealEngine engine) {
    ENGINES.add(engine);
  }

  public static void unregister(SurrealEngine engine) {
    ENGINES.remove(engine);
  }
}
