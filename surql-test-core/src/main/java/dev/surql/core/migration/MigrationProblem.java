package dev.surql.core.migration;

import java.util.Objects;

/**
 * One thing wrong with a migration source, found while loading: the file (or class) it is in, the
 * 1-based line (0 when the problem concerns the whole file), and what is wrong.
 *
 * @param file the file path, {@code classpath:} location or class name
 * @param line the 1-based line, or 0 if the problem is not about one line
 * @param message what is wrong and, where it helps, what to do
 */
public record MigrationProblem(String file, int line, String message) {

  public MigrationProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
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
