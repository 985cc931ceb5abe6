package dev.surql.core.verify;

import dev.surql.core.forward.ForwardAnalyzer;
import dev.surql.core.forward.ForwardIssue;
import dev.surql.core.forward.ForwardSafety;
import dev.surql.core.internal.Required;
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
 * One applied migration in a {@link MigrationTimeline}: the schema before and after, the
 * difference, how long it took, the rollback safety of its down and the forward safety of its up —
 * each analysed and declared.
 *
 * <p>Built with {@link #builder()}, which needs {@code migration}, {@code before}, {@code after},
 * {@code diff}, {@code duration} and {@code analysedSafety}; {@link #toBuilder()} copies one to
 * change.
 */
public final class TimelineStep {
  private final Migration migration;
  private final SchemaSnapshot before;
  private final SchemaSnapshot after;
  private final SnapshotDiff diff;
  private final Duration duration;
  private final RollbackSafety analysedSafety;
  private final Optional<RollbackSafety> declaredSafety;
  private final List<RollbackIssue> issues;
  private final List<ForwardIssue> forwardIssues;

  private TimelineStep(
      Migration migration,
      SchemaSnapshot before,
      SchemaSnapshot after,
      SnapshotDiff diff,
      Duration duration,
      RollbackSafety analysedSafety,
      Optional<RollbackSafety> declaredSafety,
      List<RollbackIssue> issues,
      List<ForwardIssue> forwardIssues) {
    Objects.requireNonNull(migration, "migration");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(diff, "diff");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(analysedSafety, "analysedSafety");
    Objects.requireNonNull(declaredSafety, "declaredSafety");
    issues = List.copyOf(Objects.requireNonNull(issues, "issues"));
    forwardIssues = List.copyOf(Objects.requireNonNull(forwardIssues, "forwardIssues"));
    this.migration = migration;
    this.before = before;
    this.after = after;
    this.diff = diff;
    this.duration = duration;
    this.analysedSafety = analysedSafety;
    this.declaredSafety = declaredSafety;
    this.issues = issues;
    this.forwardIssues = forwardIssues;
  }

  /** A builder of {@code TimelineStep}s. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this timeline step's values, to make one that differs in some. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.migration = migration;
    builder.before = before;
    builder.after = after;
    builder.diff = diff;
    builder.duration = duration;
    builder.analysedSafety = analysedSafety;
    builder.declaredSafety = declaredSafety;
    builder.issues = issues;
    builder.forwardIssues = forwardIssues;
    return builder;
  }

  /** The migration. */
  public Migration migration() {
    return migration;
  }

  /** Snapshot before it was applied. */
  public SchemaSnapshot before() {
    return before;
  }

  /** Snapshot after it was applied. */
  public SchemaSnapshot after() {
    return after;
  }

  /** {@code before → after}. */
  public SnapshotDiff diff() {
    return diff;
  }

  /** How long applying it took. */
  public Duration duration() {
    return duration;
  }

  /** The static safety of its down (UNSAFE if it has none). */
  public RollbackSafety analysedSafety() {
    return analysedSafety;
  }

  /** The author's {@code @rollback} declaration, if any. */
  public Optional<RollbackSafety> declaredSafety() {
    return declaredSafety;
  }

  /** The issues the analysis found in its down. */
  public List<RollbackIssue> issues() {
    return issues;
  }

  /**
   * What the forward analysis found in its up, against the schema before it (counted on the records
   * there when the run had seed data).
   */
  public List<ForwardIssue> forwardIssues() {
    return forwardIssues;
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
    return forwardIssues.stream()
        .map(i -> i.staticSafety().max(i.safety()))
        .reduce(ForwardSafety.SAFE, ForwardSafety::max);
  }

  /** The author's {@code -- @forward:} declaration, if any. */
  public Optional<ForwardSafety> declaredForward() {
    return migration.declaredForward();
  }

  /**
   * Whether the up does more to existing data than the author declared (false when nothing is
   * declared).
   */
  public boolean forwardRiskierThanDeclared() {
    return declaredForward().map(analysedForward()::isRiskierThan).orElse(false);
  }

  /** The riskiest level of the forward issues after counting. */
  public ForwardSafety countedForward() {
    return ForwardAnalyzer.overallSafety(forwardIssues);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof TimelineStep that
        && migration.equals(that.migration)
        && before.equals(that.before)
        && after.equals(that.after)
        && diff.equals(that.diff)
        && duration.equals(that.duration)
        && analysedSafety.equals(that.analysedSafety)
        && declaredSafety.equals(that.declaredSafety)
        && issues.equals(that.issues)
        && forwardIssues.equals(that.forwardIssues);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        migration,
        before,
        after,
        diff,
        duration,
        analysedSafety,
        declaredSafety,
        issues,
        forwardIssues);
  }

  @Override
  public String toString() {
    return "TimelineStep[migration="
        + migration
        + ", before="
        + before
        + ", after="
        + after
        + ", diff="
        + diff
        + ", duration="
        + duration
        + ", analysedSafety="
        + analysedSafety
        + ", declaredSafety="
        + declaredSafety
        + ", issues="
        + issues
        + ", forwardIssues="
        + forwardIssues
        + "]";
  }

  /**
   * Collects the values of a {@link TimelineStep}; {@link #build()} checks that the required ones
   * are set.
   */
  public static final class Builder {
    private Migration migration;
    private SchemaSnapshot before;
    private SchemaSnapshot after;
    private SnapshotDiff diff;
    private Duration duration;
    private RollbackSafety analysedSafety;
    private Optional<RollbackSafety> declaredSafety = Optional.empty();
    private List<RollbackIssue> issues = List.of();
    private List<ForwardIssue> forwardIssues = List.of();

    private Builder() {}

    /** Sets {@link TimelineStep#migration()}: the migration. */
    public Builder migration(Migration migration) {
      this.migration = Objects.requireNonNull(migration, "migration");
      return this;
    }

    /** Sets {@link TimelineStep#before()}: snapshot before it was applied. */
    public Builder before(SchemaSnapshot before) {
      this.before = Objects.requireNonNull(before, "before");
      return this;
    }

    /** Sets {@link TimelineStep#after()}: snapshot after it was applied. */
    public Builder after(SchemaSnapshot after) {
      this.after = Objects.requireNonNull(after, "after");
      return this;
    }

    /** Sets {@link TimelineStep#diff()}: {@code before → after}. */
    public Builder diff(SnapshotDiff diff) {
      this.diff = Objects.requireNonNull(diff, "diff");
      return this;
    }

    /** Sets {@link TimelineStep#duration()}: how long applying it took. */
    public Builder duration(Duration duration) {
      this.duration = Objects.requireNonNull(duration, "duration");
      return this;
    }

    /**
     * Sets {@link TimelineStep#analysedSafety()}: the static safety of its down (UNSAFE if it has
     * none).
     */
    public Builder analysedSafety(RollbackSafety analysedSafety) {
      this.analysedSafety = Objects.requireNonNull(analysedSafety, "analysedSafety");
      return this;
    }

    /**
     * Sets {@link TimelineStep#declaredSafety()}: the author's {@code @rollback} declaration, if
     * any.
     */
    public Builder declaredSafety(Optional<RollbackSafety> declaredSafety) {
      this.declaredSafety = Objects.requireNonNull(declaredSafety, "declaredSafety");
      return this;
    }

    /** Sets {@link TimelineStep#declaredSafety()} to {@code declaredSafety}. */
    public Builder declaredSafety(RollbackSafety declaredSafety) {
      this.declaredSafety = Optional.of(Objects.requireNonNull(declaredSafety, "declaredSafety"));
      return this;
    }

    /** Sets {@link TimelineStep#issues()}: the issues the analysis found in its down. */
    public Builder issues(List<RollbackIssue> issues) {
      this.issues = Objects.requireNonNull(issues, "issues");
      return this;
    }

    /**
     * Sets {@link TimelineStep#forwardIssues()}: what the forward analysis found in its up, against
     * the schema before it (counted on the records there when the run had seed data).
     */
    public Builder forwardIssues(List<ForwardIssue> forwardIssues) {
      this.forwardIssues = Objects.requireNonNull(forwardIssues, "forwardIssues");
      return this;
    }

    /**
     * The timeline step of the values set.
     *
     * @throws IllegalStateException if a required value is not set
     */
    public TimelineStep build() {
      Required.set(migration, "TimelineStep", "migration");
      Required.set(before, "TimelineStep", "before");
      Required.set(after, "TimelineStep", "after");
      Required.set(diff, "TimelineStep", "diff");
      Required.set(duration, "TimelineStep", "duration");
      Required.set(analysedSafety, "TimelineStep", "analysedSafety");
      return new TimelineStep(
          migration,
          before,
          after,
          diff,
          duration,
          analysedSafety,
          declaredSafety,
          issues,
          forwardIssues);
    }
  }
}
