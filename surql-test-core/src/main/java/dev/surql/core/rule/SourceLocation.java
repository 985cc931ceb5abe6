package dev.surql.core.rule;

import java.util.Objects;

/**
 * Where a finding is in the project: a migration file (as the user named it, or relative to the
 * repository root when it is known), a 1-based line and column ({@code 0} when unknown).
 *
 * @param file the file path, {@code classpath:} location or class name
 * @param line the 1-based line, or 0 when the finding concerns the whole file
 * @param column the 1-based column, or 0 when unknown
 */
public record SourceLocation(String file, int line, int column) {

  public SourceLocation {
    Objects.requireNonNull(file, "file");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0, but was " + line);
    }
    if (column < 0) {
      throw new IllegalArgumentException("column must be >= 0, but was " + column);
    }
  }

  /** A location naming a file and a line, with no column. */
  public static SourceLocation of(String file, int line) {
    return new SourceLocation(file, line, 0);
  }

  /** {@code file:line:column}, {@code file:line} or {@code file}. */
  @Override
  public String toString() {
    if (line == 0) {
      return file;
    }
    return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }
}
