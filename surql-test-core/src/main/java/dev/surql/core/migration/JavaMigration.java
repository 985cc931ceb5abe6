package dev.surql.core.migration;

import dev.surql.core.forward.ForwardSafety;
import dev.surql.core.rollback.RollbackSafety;
import java.util.List;
import java.util.Optional;

/**
 * A migration written in Java, for migrations that need code to compute their statements. Load them
 * with {@code MigrationLoader} alongside {@code .surql} files.
 */
public interface JavaMigration {

  /** The version, e.g. {@code 20260109_120000}. */
  String version();

  /** What the migration does. */
  String description();

  /** The statements that apply the migration. */
  List<String> up();

  /** The statements that undo it, or empty if it cannot be undone (irreversible). */
  Optional<List<String>> down();

  /** Versions this migration depends on. */
  default List<String> dependsOn() {
    return List.of();
  }

  /** The rollback safety the author declares, if any. */
  default Optional<RollbackSafety> declaredSafety() {
    return Optional.empty();
  }

  /**
   * How the statements are committed: in one transaction with the history row (the default), or
   * statement by statement ({@link TransactionMode#NONE}, as {@code -- @transaction: none}).
   */
  default TransactionMode transaction() {
    return TransactionMode.MIGRATION;
  }

  /**
   * How far beyond its database the migration may act ({@code -- @scope:}): {@code Scope.DATABASE}
   * (the default), {@code Scope.NAMESPACE} or {@code Scope.ROOT}.
   */
  default Scope scope() {
    return Scope.DATABASE;
  }

  /** The most the up may do to existing data, as the author declares it, if declared. */
  default Optional<ForwardSafety> declaredForward() {
    return Optional.empty();
  }
}
