package dev.surql.core.verify;

import dev.surql.core.forward.ForwardIssue;
import dev.surql.core.internal.report.Findings;
import dev.surql.core.migration.Migration;
import dev.surql.core.rollback.RollbackIssue;
import dev.surql.core.rollback.RollbackSafety;
import dev.surql.core.rule.Finding;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything known about one migration after a run, in one value: the reversibility round trip (if
 * one ran), the rollback safety of its down as analysed and as declared with the issues behind the
 * analysis, and the findings about its up. Get them with {@link VerificationReport#verdicts()} or
 * {@link MigrationTimeline#verdicts()} instead of joining timeline steps and results by version.
 *
 * @param migration the migration
 * @param reversibility its round trip; empty when the run only applied migrations
 * @param analysedSafety the static safety of its down (UNSAFE if it has none)
 * @param declaredSafety the author's {@code -- @rollback:} declaration, if any
 * @param rollbackIssues what the analysis found in its down
 * @param forwardFindings what the analysis of its up found (empty until a forward analysis ran)
 */
public record MigrationVerdict(
    Migration migration,
    Optional<ReversibilityResult> reversibility,
    RollbackSafety analysedSafety,
    Optional<RollbackSafety> declaredSafety,
    List<RollbackIssue> rollbackIssues,
    List<Finding> forwardFindings) {

  public MigrationVerdict {
    Objects.requireNonNull(migration, "migration");
    Objects.requireNonNull(reversibility, "reversibility");
    Objects.requireNonNull(analysedSafety, "analysedSafety");
    Objects.requireNonNull(declaredSafety, "declaredSafety");
    rollbackIssues = List.copyOf(Objects.requireNonNull(rollbackIssues, "rollbackIssues"));
    forwardFindings = List.copyOf(Objects.requireNonNull(forwardFindings, "forwardFindings"));
    reversibility.filter(r -> !r.version().equals(migration.version())).ifPresent(r -> {
      throw new IllegalArgumentException("reversibility is the round trip of " + r.version() + ", not of "
          + migration.version());
    });
  }

  /** The verdict of a timeline step whose round trip did not run. */
  public static MigrationVerdict of(TimelineStep step) {
    return of(step, Optional.empty());
  }

  /**
   * The verdict of a timeline step with its round trip.
   *
   * @throws IllegalArgumentException if the round trip is another migration's
   */
  public static MigrationVerdict of(TimelineStep step, ReversibilityResult reversibility) {
    return of(step, Optional.of(Objects.requireNonNull(reversibility, "reversibility")));
  }

  private static MigrationVerdict of(TimelineStep step, Optional<ReversibilityResult> reversibility) {
    Objects.requireNonNull(step, "step");
    return new MigrationVerdict(step.migration(), reversibility, step.analysedSafety(), step.declaredSafety(),
        step.issues(), step.forwardIssues().stream().map(ForwardIssue::toFinding).toList());
  }

  /** This verdict with the findings of the forward analysis of its up. */
  public MigrationVerdict withForwardFindings(List<Finding> findings) {
    return new MigrationVerdict(migration, reversibility, analysedSafety, declaredSafety, rollbackIssues, findings);
  }

  public String version() {
    return migration.version();
  }

  /**
   * The server version the round trip was proven on (e.g. {@code surrealdb-2.6.0}), if one ran; its
   * release line is {@code SurrealVersion.fromServerVersion(…)}.
   */
  public Optional<String> serverVersion() {
    return reversibility.flatMap(ReversibilityResult::serverVersion);
  }

  /** The outcome of the round trip, if one ran. */
  public Optional<ReversibilityStatus> status() {
    return reversibility.map(ReversibilityResult::status);
  }

  /**
   * Whether the down is riskier than the author declared (false when nothing is declared), not
   * counting the statements whose findings an {@code -- @allow:} line accepts.
   */
  public boolean riskierThanDeclared() {
    return declaredSafety.map(Findings.unallowedSafety(migration, analysedSafety, rollbackIssues)::isRiskierThan)
        .orElse(false);
  }
}
