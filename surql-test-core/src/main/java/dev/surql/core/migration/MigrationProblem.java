package dev.surql.core.migration;

import dev.surql.core.rule.Rule;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a migration source, found while loading: the file (or class) it is in, the
 * 1-based line (0 when the problem concerns the whole file), what is wrong, and the rule it falls
 * under where the loader names one (scope refusals {@code SQ910}–{@code SQ912}, {@code SQ915}, and
 * the notes {@code SQ210}, {@code SQ212}).
 *
 * @param file the file path, {@code classpath:} location or class name
 * @param line the 1-based line, or 0 if the problem is not about one line
 * @param message what is wrong and, where it helps, what to do
 * @param rule the rule it falls under, if the loader names one
 */
public record MigrationProblem(String file, int line, String message, Optional<Rule> rule) {

  public MigrationProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(rule, "rule");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0, but was " + line);
    }
  }

  /** {@code file:line: message}, or {@code file: message} when there is no line. */
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}
