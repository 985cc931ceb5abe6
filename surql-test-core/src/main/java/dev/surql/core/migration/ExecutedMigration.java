package dev.surql.core.migration;

import java.time.Duration;
import java.util.Objects;

/**
 * A migration a {@link Migrator} applied or rolled back, with how long its transaction took as seen
 * from the client.
 *
 * @param migration the migration
 * @param direction whether it was applied or rolled back
 * @param duration wall-clock time of its transaction request
 */
public record ExecutedMigration(
    Migration migration, MigrationDirection direction, Duration duration) {

  public ExecutedMigration {
    Objects.requireNonNull(migration, "migration");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(duration, "duration");
  }

  /** The migration's version. */
  public String version() {
    return migration.version();
  }
}
