package dev.surql.core.migration;

import dev.surql.core.rollback.RollbackSafety;
import java.util.List;
import java.util.Optional;

/**
 * A migration written in Java, for migrations that need code to compute their statements. Load
 * them with {@code MigrationLoader} alongside {@code .surql} files.
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
}
