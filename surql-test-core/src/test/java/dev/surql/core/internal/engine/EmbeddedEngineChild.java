package dev.surql.core.internal.engine;

import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.EngineKind;

/**
 * Run in a child JVM by {@link EmbeddedEngineTest}: starts an embedded engine, prints the pid of
 * its node process, and halts the JVM without running shutdown hooks, as a crashed or killed JVM
 * would.
 */
public final class EmbeddedEngineChild {
  static final String PID_PREFIX = "node-pid=";

  private EmbeddedEngineChild() {}

  public static void main(String[] args) {
    EmbeddedEngine engine =
        EmbeddedEngine.start(EngineConfig.fromEnvironment().withKind(EngineKind.EMBEDDED));
    engine.client("", "").query("RETURN 1");
    System.out.println(PID_PREFIX + engine.process().pid());
    System.out.flush();
    Runtime.getRuntime().halt(0);
  }
}
