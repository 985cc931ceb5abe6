package dev.surql.core.verify;

import dev.surql.core.migration.Migration;
import dev.surql.core.rollback.RollbackIssue;
import dev.surql.core.rollback.RollbackSafety;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.SnapshotDiff;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One applied migration in a {@link MigrationTimeline}: the schema before and after, the difference,
 * how long it took, and the rollback safety of its down — analysed and declared.
 *
 * @param migration the migration
 * @param before snapshot before it was applied
 * @param after snapshot after it was applied
 * @param diff {@code before → after}
 * @param duration how long applying it took
 * @param analysedSafety the static safety of its down (UNSAFE if it has none)
 * @param declaredSafety the author's {@code @rollback} declaration, if any
 * @param issues the issues the analysis found in its down
 */
public record TimelineStep(
    Migration migration,
    SchemaSnapshot before,
    SchemaSnapshot after,
    SnapshotDiff diff,
    Duration duration,
    RollbackSafety analysedSafety,
    Optional<RollbackSafety> declaredSafety,
    List<RollbackIssue> issues) {

  public TimelineStep {
    Objects.requireNonNull(migration, "migration");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(diff, "diff");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(analysedSafety, "analysedSafety");
    Objects.requireNonNull(declaredSafety, "declaredSafety");
    issues = List.copyOf(Objects.requireNonNull(issues, "issues"));
  }

  public String version() {
    return migration.version();
  }

  /** Whether the down is riskier than the author declared (false when nothing is declared). */
  public boolean riskierThanDeclared() {
    return declaredSafety.map(analysedSafety::isRiskierThan).orElse(false);
  }
}
