package dev.surql.core.rollback;

import dev.surql.core.migration.Migration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What rolling back to a target version would do: the applied migrations to undo (newest first),
 * the issues found in their downs, the overall safety, and a fingerprint of the history the plan was
 * made against (execution refuses a plan whose history has changed since).
 *
 * @param fromVersion the current (latest applied) version
 * @param toVersion the version that will be the latest applied afterwards; empty for "nothing applied"
 * @param migrations the migrations to undo, newest first
 * @param issues every issue found, in the order the downs would run
 * @param staticSafety the overall level for a database full of data
 * @param overallSafety the overall level after counting real data (equal to staticSafety without a data-aware analysis)
 * @param dataAware whether real data was counted
 * @param historyFingerprint fingerprint of {@code _migration_history} when planned
 */
public record RollbackPlan(
    String fromVersion,
    Optional<String> toVersion,
    List<Migration> migrations,
    List<RollbackIssue> issues,
    RollbackSafety staticSafety,
    RollbackSafety overallSafety,
    boolean dataAware,
    String historyFingerprint) {

  public RollbackPlan {
    Objects.requireNonNull(fromVersion, "fromVersion");
    Objects.requireNonNull(toVersion, "toVersion");
    migrations = List.copyOf(Objects.requireNonNull(migrations, "migrations"));
    issues = List.copyOf(Objects.requireNonNull(issues, "issues"));
    Objects.requireNonNull(staticSafety, "staticSafety");
    Objects.requireNonNull(overallSafety, "overallSafety");
    Objects.requireNonNull(historyFingerprint, "historyFingerprint");
  }

  public int migrationCount() {
    return migrations.size();
  }

  /** Whether executing the plan needs {@code force} (anything but SAFE). */
  public boolean requiresApproval() {
    return overallSafety != RollbackSafety.SAFE;
  }

  /** Whether data would be lost (DATA_LOSS or UNSAFE). */
  public boolean hasDataLoss() {
    return overallSafety != RollbackSafety.SAFE;
  }

  public boolean isSafe() {
    return overallSafety == RollbackSafety.SAFE;
  }

  /** The versions rolled back, newest first. */
  public List<String> versions() {
    return migrations.stream().map(Migration::version).toList();
  }

  /** The down statements that would run, in order. */
  public List<String> statements() {
    return migrations.stream().flatMap(m -> m.downStatements().stream()).toList();
  }
}
