package dev.surql.core.verify;

import dev.surql.core.forward.ForwardAnalyzer;
import dev.surql.core.forward.ForwardIssue;
import dev.surql.core.forward.ForwardSafety;
import dev.surql.core.internal.report.Findings;
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
 * how long it took, the rollback safety of its down and the forward safety of its up — each analysed
 * and declared.
 *
 * @param migration the migration
 * @param before snapshot before it was applied
 * @param after snapshot after it was applied
 * @param diff {@code before → after}
 * @param duration how long applying it took
 * @param analysedSafety the static safety of its down (UNSAFE if it has none)
 * @param declaredSafety the author's {@code @rollback} declaration, if any
 * @param issues the issues the analysis found in its down
 * @param forwardIssues what the forward analysis found in its up, against the schema before it
 *     (counted on the records there when the run had seed data)
 */
public record TimelineStep(
    Migration migration,
    SchemaSnapshot before,
    SchemaSnapshot after,
    SnapshotDiff diff,
    Duration duration,
    RollbackSafety analysedSafety,
    Optional<RollbackSafety> declaredSafety,
    List<RollbackIssue> issues,
    List<ForwardIssue> forwardIssues) {

  public TimelineStep {
    Objects.requireNonNull(migration, "migration");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(diff, "diff");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(analysedSafety, "analysedSafety");
    Objects.requireNonNull(declaredSafety, "declaredSafety");
    issues = List.copyOf(Objects.requireNonNull(issues, "issues"));
    forwardIssues = List.copyOf(Objects.requireNonNull(forwardIssues, "forwardIssues"));
  }

  /** A step without forward analysis. */
  public TimelineStep(Migration migration, SchemaSnapshot before, SchemaSnapshot after, SnapshotDiff diff,
      Duration duration, RollbackSafety analysedSafety, Optional<RollbackSafety> declaredSafety,
      List<RollbackIssue> issues) {
    this(migration, before, after, diff, duration, analysedSafety, declaredSafety, issues, List.of());
  }

  public String version() {
    return migration.version();
  }

  /**
   * Whether the down is riskier than the author declared (false when nothing is declared), not
   * counting the statements whose findings an {@code -- @allow:} line accepts.
   */
  public boolean riskierThanDeclared() {
    return declaredSafety.map(unallowedSafety()::isRiskierThan).orElse(false);
  }

  /** The analysed safety of the down without the statements an {@code -- @allow:} line accepts. */
  public RollbackSafety unallowedSafety() {
    return Findings.unallowedSafety(migration, analysedSafety, issues);
  }

  /**
   * The forward safety of the up as the declaration check judges it: the static level of each
   * issue, raised where counting found more at stake (an index build above the threshold).
   */
  public ForwardSafety analysedForward() {
    return forwardIssues.stream().map(i -> i.staticSafety().max(i.safety()))
        .reduce(ForwardSafety.SAFE, ForwardSafety::max);
  }

  /** The author's {@code -- @forward:} declaration, if any. */
  public Optional<ForwardSafety> declaredForward() {
    return migration.declaredForward();
  }

  /** Whether the up does more to existing data than the author declared (false when nothing is declared). */
  public boolean forwardRiskierThanDeclared() {
    return declaredForward().map(analysedForward()::isRiskierThan).orElse(false);
  }

  /** The riskiest level of the forward issues after counting. */
  public ForwardSafety countedForward() {
    return ForwardAnalyzer.overallSafety(forwardIssues);
  }
}
