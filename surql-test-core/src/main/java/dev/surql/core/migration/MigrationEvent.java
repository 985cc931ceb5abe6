package dev.surql.core.migration;

import dev.surql.core.client.SurqlClient;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link MigrationListener} is told about one migration being applied or rolled back by a
 * {@link Migrator}: the client it runs on, the migration, the direction, how many migrations this
 * run has completed so far, and, in the {@code after…} callbacks, how long it took.
 *
 * @param client the client the migration runs on (its namespace and database)
 * @param migration the migration being applied or rolled back
 * @param direction {@link MigrationDirection#UP} for migrate, {@link MigrationDirection#DOWN} for
 *     rollback
 * @param completedCount migrations this run has completed, this one included in {@code after…}
 *     callbacks and excluded in {@code before…} callbacks
 * @param duration how long the transaction took; empty in {@code before…} callbacks
 */
public record MigrationEvent(
    SurqlClient client,
    Migration migration,
    MigrationDirection direction,
    int completedCount,
    Optional<Duration> duration) {

  public MigrationEvent {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(migration, "migration");
    Objects.requireNonNull(direction, "direction");
    if (completedCount < 0) {
      throw new IllegalArgumentException("completedCount must be >= 0, but was " + completedCount);
    }
    Objects.requireNonNull(duration, "duration");
  }

  /** The migration's version. */
  public String version() {
    return migration.version();
  }
}
