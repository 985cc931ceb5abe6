package dev.surql.junit5;

import java.util.Optional;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One run of a {@link SurqlMigrationTest} class on one SurrealDB release line: named after the line,
 * it leaves the line in the run's store, where {@link SuiteState} picks the engine by it.
 */
final class SurrealDbInvocation implements ClassTemplateInvocationContext {
  static final String VERSION = "surrealdb";

  private final Optional<String> version;
  private final String line;

  /**
   * @param version the line the annotation names, or empty to follow {@code surql.version}
   * @param line the line the run will use, for its name
   */
  SurrealDbInvocation(Optional<String> version, String line) {
    this.version = version;
    this.line = line;
  }

  @Override
  public String getDisplayName(int invocationIndex) {
    return "SurrealDB " + line;
  }

  @Override
  public void prepareInvocation(ExtensionContext context) {
    context.getStore(SurqlMigrationExtension.NAMESPACE).put(VERSION, version);
  }

  /** The line the annotation names for this run, if any. */
  @SuppressWarnings("unchecked")
  static Optional<String> of(ExtensionContext context) {
    Optional<String> version = context.getStore(SurqlMigrationExtension.NAMESPACE).get(VERSION, Optional.class);
    return version == null ? Optional.empty() : version;
  }
}
