package dev.surql.core.migration;

import java.util.Locale;
import java.util.Optional;

/**
 * How a migration's statements are committed, set per migration with the header directive {@code
 * -- @transaction: none} (the counterpart of Flyway's {@code executeInTransaction} and Liquibase's
 * {@code runInTransaction}). The default runs the whole migration and its {@code
 * _migration_history} change in one transaction; {@link #NONE} runs it statement by statement, for
 * statement sequences the engine cannot commit together, and gives up atomicity: a failure part way
 * leaves the statements before it applied and the migration recorded as failed until it is repaired
 * ({@link Migrator#repair(String, RepairAction)}).
 */
public enum TransactionMode {
  /** The migration and its history change run in one transaction: all or nothing (the default). */
  MIGRATION("migration"),
  /** Each statement commits on its own; the history row is written after the last one. */
  NONE("none");

  private final String directiveValue;

  TransactionMode(String directiveValue) {
    this.directiveValue = directiveValue;
  }

  /** The value of the {@code -- @transaction:} directive that selects this mode. */
  public String directiveValue() {
    return directiveValue;
  }

  /** The mode a {@code -- @transaction:} value names (case-insensitive), if any. */
  public static Optional<TransactionMode> parse(String value) {
    String key = value.strip().toLowerCase(Locale.ROOT);
    for (TransactionMode mode : values()) {
      if (mode.directiveValue.equals(key)) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }
}
