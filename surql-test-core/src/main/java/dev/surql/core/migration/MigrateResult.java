package dev.surql.core.migration;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Migrator#migrate()} did: the migrations it applied, in order, with their durations.
 *
 * @param applied the migrations applied by this run, oldest first (empty if none were pending)
 * @param target the version the run was asked to stop at, if any
 */
public record MigrateResult(List<ExecutedMigration> applied, Optional<String> target) {

  public MigrateResult {
    applied = List.copyOf(Objects.requireNonNull(applied, "applied"));
    Objects.requireNonNull(target, "target");
  }

  /** The versions applied, in order. */
  public List<String> versions() {
    return applied.stream().map(ExecutedMigration::version).toList();
  }

  /** How many migrations were applied. */
  public int count() {
    return applied.size();
  }

  /** Whether nothing was applied. */
  public boolean isEmpty() {
    return applied.isEmpty();
  }

  /** The sum of the migrations' durations. */
  public Duration totalDuration() {
    return applied.stream().map(ExecutedMigration::duration).reduce(Duration.ZERO, Duration::plus);
  }
}
