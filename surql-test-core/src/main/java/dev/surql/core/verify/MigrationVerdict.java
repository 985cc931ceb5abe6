package dev.surql.core.verify;

import dev.surql.core.forward.ForwardIssue;
import dev.surql.core.internal.Required;
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
 * <p>Built with {@link #builder()}, which needs {@code migration} and {@code analysedSafety};
 * {@link #toBuilder()} copies one to change.
 */
public final class MigrationVerdict {
  private final Migration migration;
  private final Optional<ReversibilityResult> reversibility;
  private final RollbackSafety analysedSafety;
  private final Optional<RollbackSafety> declaredSafety;
  private final List<RollbackIssue> rollbackIssues;
  private final List<Finding> forwardFindings;

  private MigrationVerdict(
      Migration migration,
      Optional<ReversibilityResult> reversibility,
      RollbackSafety analysedSafety,
      Optional<RollbackSafety> declaredSafety,
      List<RollbackIssue> rollbackIssues,
      List<Finding> forwardFindings) {
    Objects.requireNonNull(migration, "migration");
    Objects.requireNonNull(reversibility, "reversibility");
    Objects.requireNonNull(analysedSafety, "analysedSafety");
    Objects.requireNonNull(declaredSafety, "declaredSafety");
    rollbackIssues = List.copyOf(Objects.requireNonNull(rollbackIssues, "rollbackIssues"));
    forwardFindings = List.copyOf(Objects.requireNonNull(forwardFindings, "forwardFindings"));
    reversibility
        .filter(r -> !r.version().equals(migration.version()))
        .ifPresent(
            r -> {
              throw new IllegalArgumentException(
                  "reversibility is the round trip of "
                      + r.version()
                      + ", not of "
                      + migration.version());
            });
    this.migration = migration;
    this.reversibility = reversibility;
    this.analysedSafety = analysedSafety;
    this.declaredSafety = declaredSafety;
    this.rollbackIssues = rollbackIssues;
    this.forwardFindings = forwardFindings;
  }

  /** A builder of {@code MigrationVerdict}s. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this migration verdict's values, to make one that differs in some. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.migration = migration;
    builder.reversibility = reversibility;
    builder.analysedSafety = analysedSafety;
    builder.declaredSafety = declaredSafety;
    builder.rollbackIssues = rollbackIssues;
    builder.forwardFindings = forwardFindings;
    return builder;
  }

  /** The migration. */
  public Migration migration() {
    return migration;
  }

  /** Its round trip; empty when the run only applied migrations. */
  public Optional<ReversibilityResult> reversibility() {
    return reversibility;
  }

  /** The static safety of its down (UNSAFE if it has none). */
  public RollbackSafety analysedSafety() {
    return analysedSafety;
  }

  /** The author's {@code -- @rollback:} declaration, if any. */
  public Optional<RollbackSafety> declaredSafety() {
    return declaredSafety;
  }

  /** What the analysis found in its down. */
  public List<RollbackIssue> rollbackIssues() {
    return rollbackIssues;
  }

  /** What the analysis of its up found (empty until a forward analysis ran). */
  public List<Finding> forwardFindings() {
    return forwardFindings;
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

  private static MigrationVerdict of(
      TimelineStep step, Optional<ReversibilityResult> reversibility) {
    Objects.requireNonNull(step, "step");
    return new MigrationVerdict(
        step.migration(),
        reversibility,
        step.analysedSafety(),
        step.declaredSafety(),
        step.issues(),
        step.forwardIssues().stream().map(ForwardIssue::toFinding).toList());
  }

  /** This verdict with the findings of the forward analysis of its up. */
  public MigrationVerdict withForwardFindings(List<Finding> findings) {
    return new MigrationVerdict(
        migration, reversibility, analysedSafety, declaredSafety, rollbackIssues, findings);
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
    return declaredSafety
        .map(Findings.unallowedSafety(migration, analysedSafety, rollbackIssues)::isRiskierThan)
        .orElse(false);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof MigrationVerdict that
        && migration.equals(that.migration)
        && reversibility.equals(that.reversibility)
        && analysedSafety.equals(that.analysedSafety)
        && declaredSafety.equals(that.declaredSafety)
        && rollbackIssues.equals(that.rollbackIssues)
        && forwardFindings.equals(that.forwardFindings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        migration, reversibility, analysedSafety, declaredSafety, rollbackIssues, forwardFindings);
  }

  @Override
  public String toString() {
    return "MigrationVerdict[migration="
        + migration
        + ", reversibility="
        + reversibility
        + ", analysedSafety="
        + analysedSafety
        + ", declaredSafety="
        + declaredSafety
        + ", rollbackIssues="
        + rollbackIssues
        + ", forwardFindings="
        + forwardFindings
        + "]";
  }

  /**
   * Collects the values of a {@link MigrationVerdict}; {@link #build()} checks that the required
   * ones are set.
   */
  public static final class Builder {
    private Migration migration;
    private Optional<ReversibilityResult> reversibility = Optional.empty();
    private RollbackSafety analysedSafety;
    private Optional<RollbackSafety> declaredSafety = Optional.empty();
    private List<RollbackIssue> rollbackIssues = List.of();
    private List<Finding> forwardFindings = List.of();

    private Builder() {}

    /** Sets {@link MigrationVerdict#migration()}: the migration. */
    public Builder migration(Migration migration) {
      this.migration = Objects.requireNonNull(migration, "migration");
      return this;
    }

    /**
     * Sets {@link MigrationVerdict#reversibility()}: its round trip; empty when the run only
     * applied migrations.
     */
    public Builder reversibility(Optional<ReversibilityResult> reversibility) {
      this.reversibility = Objects.requireNonNull(reversibility, "reversibility");
      return this;
    }

    /** Sets {@link MigrationVerdict#reversibility()} to {@code reversibility}. */
    public Builder reversibility(ReversibilityResult reversibility) {
      this.reversibility = Optional.of(Objects.requireNonNull(reversibility, "reversibility"));
      return this;
    }

    /**
     * Sets {@link MigrationVerdict#analysedSafety()}: the static safety of its down (UNSAFE if it
     * has none).
     */
    public Builder analysedSafety(RollbackSafety analysedSafety) {
      this.analysedSafety = Objects.requireNonNull(analysedSafety, "analysedSafety");
      return this;
    }

    /**
     * Sets {@link MigrationVerdict#declaredSafety()}: the author's {@code -- @rollback:}
     * declaration, if any.
     */
    public Builder declaredSafety(Optional<RollbackSafety> declaredSafety) {
      this.declaredSafety = Objects.requireNonNull(declaredSafety, "declaredSafety");
      return this;
    }

    /** Sets {@link MigrationVerdict#declaredSafety()} to {@code declaredSafety}. */
    public Builder declaredSafety(RollbackSafety declaredSafety) {
      this.declaredSafety = Optional.of(Objects.requireNonNull(declaredSafety, "declaredSafety"));
      return this;
    }

    /** Sets {@link MigrationVerdict#rollbackIssues()}: what the analysis found in its down. */
    public Builder rollbackIssues(List<RollbackIssue> rollbackIssues) {
      this.rollbackIssues = Objects.requireNonNull(rollbackIssues, "rollbackIssues");
      return this;
    }

    /**
     * Sets {@link MigrationVerdict#forwardFindings()}: what the analysis of its up found (empty
     * until a forward analysis ran).
     */
    public Builder forwardFindings(List<Finding> forwardFindings) {
      this.forwardFindings = Objects.requireNonNull(forwardFindings, "forwardFindings");
      return this;
    }

    /**
     * The migration verdict of the values set.
     *
     * @throws IllegalStateException if a required value is not set
     */
    public MigrationVerdict build() {
      Required.set(migration, "MigrationVerdict", "migration");
      Required.set(analysedSafety, "MigrationVerdict", "analysedSafety");
      return new MigrationVerdict(
          migration,
          reversibility,
          analysedSafety,
          declaredSafety,
          rollbackIssues,
          forwardFindings);
    }
  }
}
