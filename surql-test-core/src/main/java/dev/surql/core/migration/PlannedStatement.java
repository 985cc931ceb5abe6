package dev.surql.core.migration;

import java.util.Objects;

/**
 * One statement a {@link Migrator#dryRun()} says would run: the migration's version, the file and
 * line it comes from, and its text.
 *
 * @param version the migration's version
 * @param file the migration's file, classpath location or class name
 * @param line the statement's 1-based line in that file
 * @param text the statement, without its terminating semicolon
 */
public record PlannedStatement(String version, String file, int line, String text) {

  public PlannedStatement {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
  }

  @Override
  public String toString() {
    return version + " " + file + ":" + line + ": " + text;
  }
}
