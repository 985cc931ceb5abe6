package dev.surql.junit5;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One run of a {@link SurqlMigrationTest} class on one SurrealDB release line, named after the
 * line. A run finds its line again from its position among the class's runs ({@link #of}), which
 * JUnit records in the run's unique id, so nothing is shared between runs.
 */
final class SurrealDbInvocation implements ClassTemplateInvocationContext {
  private static final Pattern INVOCATION =
      Pattern.compile("\\[class-template-invocation:#(\\d+)]");

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

  /** The line the annotation names for this run, or empty to follow {@code surql.version}. */
  Optional<String> version() {
    return version;
  }

  @Override
  public String getDisplayName(int invocationIndex) {
    return "SurrealDB " + line;
  }

  /** Whether {@code context} is a class template as a whole rather than one of its runs. */
  static boolean isTemplate(ExtensionContext context) {
    String id = context.getUniqueId();
    return id.endsWith("]") && id.substring(id.lastIndexOf('/') + 1).startsWith("[class-template:");
  }

  /** The line the annotation names for the run {@code context} belongs to, if any. */
  static Optional<String> of(ExtensionContext context) {
    Matcher m = INVOCATION.matcher(context.getUniqueId());
    Optional<String> version = Optional.empty();
    while (m.find()) { // the innermost class template run
      List<SurrealDbInvocation> runs = SuiteState.invocations(context.getRequiredTestClass());
      int index = Integer.parseInt(m.group(1)) - 1;
      version = index < runs.size() ? runs.get(index).version : Optional.empty();
    }
    return version;
  }
}
