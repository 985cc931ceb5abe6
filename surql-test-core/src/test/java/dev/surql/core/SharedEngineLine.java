package dev.surql.core;

import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.engine.SurrealVersion;

/**
 * The release line of the shared engine the tests run on ({@code -Dsurql.version=2.6} runs them on
 * 2.6), for the few expectations that differ between lines: how the server prints a definition,
 * error kinds (3.x only), and definitions only 3.x knows (sequences, {@code FULLTEXT}).
 */
public final class SharedEngineLine {
  private SharedEngineLine() {}

  /** The shared engine's release line. */
  public static SurrealVersion line() {
    return SurqlEngines.shared().releaseLine().orElse(SurrealVersion.DEFAULT);
  }

  /** Whether the shared engine is a 2.x one. */
  public static boolean is2x() {
    return line().major() == 2;
  }

  /**
   * An array's element field as the server names it: {@code tags.*} on 3.x, {@code tags[*]} on 2.x.
   */
  public static String element(String array) {
    return array + (is2x() ? "[*]" : ".*");
  }

  /**
   * {@code option<T>} as the server prints it: {@code none | T} on 3.x, {@code option<T>} on 2.x.
   */
  public static String option(String type) {
    return is2x() ? "option<" + type + ">" : "none | " + type;
  }
}
