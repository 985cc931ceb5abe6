package dev.surql.core.migration;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the {@code _migration_history} table: a migration that has been applied to a
 * database, with the checksum it had then, when and how long it took, where it came from and who
 * applied it.
 *
 * @param version the migration's version (also the record id)
 * @param description the migration's description when it was applied
 * @param checksum the migration's checksum when it was applied
 * @param appliedAt when the server committed it
 * @param executionTimeMs how long its statements took on the server, in milliseconds
 * @param source the file, classpath location or class it was loaded from
 * @param statementCount how many up statements it ran
 * @param appliedBy what applied it, e.g. {@code surql-test}
 */
public record AppliedMigration(
    String version,
    String description,
    String checksum,
    Instant appliedAt,
    long executionTimeMs,
    String source,
    int statementCount,
    String appliedBy) {

  public AppliedMigration {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(checksum, "checksum");
    Objects.requireNonNull(appliedAt, "appliedAt");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(appliedBy, "appliedBy");
    if (executionTimeMs < 0) {
      throw new IllegalArgumentException("executionTimeMs must be >= 0, but was " + executionTimeMs);
    }
    if (statementCount < 0) {
      throw new IllegalArgumentException("statementCount must be >= 0, but was " + statementCount);
    }
  }
}
