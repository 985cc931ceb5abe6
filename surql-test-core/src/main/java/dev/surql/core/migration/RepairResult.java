package dev.surql.core.migration;

import java.time.Duration;
import java.util.Objects;

/**
 * What {@link Migrator#repair(String, RepairAction)} did: the failed migration as it was recorded
 * before the repair, the action taken, and how long it took.
 *
 * @param repaired the failed row before the repair
 * @param action what was done
 * @param duration wall-clock time of the repair
 */
public record RepairResult(FailedMigration repaired, RepairAction action, Duration duration) {

  public RepairResult {
    Objects.requireNonNull(repaired, "repaired");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(duration, "duration");
  }

  /** The repaired migration's version. */
  public String version() {
    return repaired.version();
  }
}
