package dev.surql.core.migration;

import java.util.Objects;

/**
 * A disagreement between the database's {@code _migration_history} and the local migrations that
 * stops {@link Migrator#migrate()}: an edited migration, an applied migration whose file is gone, a
 * pending migration older than the newest applied one, or a migration recorded as failed.
 *
 * @param kind what kind of disagreement
 * @param version the migration version concerned
 * @param message what is wrong and what to do, in Flyway's manner
 */
public record MigrationStatusProblem(Kind kind, String version, String message) {

  /** The kinds of disagreement. */
  public enum Kind {
    /** An applied migration's local content has changed since it was applied. */
    CHECKSUM_MISMATCH,
    /** A migration recorded as applied is not among the local migrations. */
    MISSING_LOCALLY,
    /**
     * A pending migration is older than the newest applied one (allow with {@code
     * withOutOfOrder(true)}).
     */
    OUT_OF_ORDER_PENDING,
    /**
     * A migration run with {@code -- @transaction: none} stopped part way and is recorded as
     * failed; repair it ({@link Migrator#repair(String, RepairAction)}) before migrating further.
     */
    FAILED
  }

  public MigrationStatusProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return message;
  }
}
