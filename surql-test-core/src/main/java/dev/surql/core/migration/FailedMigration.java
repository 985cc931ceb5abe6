package dev.surql.core.migration;

import dev.surql.core.internal.text.Abbreviation;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A row of {@code _migration_history} that records a migration as failed: a migration run with
 * {@code -- @transaction: none} stopped part way, so the statements before the failing one are
 * applied and the rest are not. It is neither applied nor pending; {@link Migrator#migrate()}
 * refuses to run until it is repaired ({@link Migrator#repair(String, RepairAction)}).
 *
 * @param version the migration's version (also the record id)
 * @param description the migration's description
 * @param checksum the migration's checksum when it failed
 * @param failedAt when the failure was recorded
 * @param source the file, classpath location or class it was loaded from
 * @param direction whether it failed while being applied ({@code UP}) or rolled back ({@code DOWN})
 * @param statementNumber 1-based position of the failing statement in its section
 * @param statementCount how many statements the section has
 * @param line the failing statement's line in {@code source} (0 if unknown)
 * @param statement the failing statement's text
 * @param serverMessage the server's error message
 */
public record FailedMigration(
    String version,
    String description,
    String checksum,
    Instant failedAt,
    String source,
    MigrationDirection direction,
    int statementNumber,
    int statementCount,
    int line,
    String statement,
    String serverMessage) {

  public FailedMigration {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(checksum, "checksum");
    Objects.requireNonNull(failedAt, "failedAt");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(serverMessage, "serverMessage");
  }

  /** How many statements of the failing section were applied before the failure. */
  public int statementsApplied() {
    return Math.max(0, statementNumber - 1);
  }

  /** {@code file:line}, or the file when the line is unknown. */
  public String location() {
    return line > 0 ? source + ":" + line : source;
  }

  /** What to do about it: put the database right, then one of the three repairs (CLI and Java). */
  public String repairAdvice() {
    return Migrator.repairAdvice(version);
  }

  /**
   * One sentence: where it stopped, e.g. {@code up statement 3 of 5 (file:12): DEFINE INDEX … —
   * server: …}.
   */
  public String describe() {
    return direction.name().toLowerCase(Locale.ROOT) + " statement " + statementNumber + " of " + statementCount
        + " (" + location() + "): " + Abbreviation.abbreviate(statement.strip(), 500) + " — server: " + serverMessage;
  }
}
