package dev.surql.core.migration;

/**
 * Callbacks a {@link Migrator} makes around each migration it applies or rolls back, e.g. to take
 * schema snapshots. Every method has a no-op default, so implement only what you need. A listener
 * that throws aborts the run: from {@code before…} the migration is not attempted; from {@code
 * after…} the migration stays applied (or rolled back) and later ones are not attempted.
 */
public interface MigrationListener {

  /** Called before a migration's up statements run, outside its transaction. */
  default void beforeMigrate(MigrationEvent event) {}

  /** Called after a migration's up statements and its history record have been committed. */
  default void afterMigrate(MigrationEvent event) {}

  /** Called before a migration's down statements run, outside its transaction. */
  default void beforeRollback(MigrationEvent event) {}

  /** Called after a migration's down statements and the removal of its history record committed. */
  default void afterRollback(MigrationEvent event) {}
}
