package dev.surql.core.verify;

import dev.surql.core.internal.Required;
import dev.surql.core.migration.Migration;
import dev.surql.core.migration.Statement;
import dev.surql.core.rule.Finding;
import dev.surql.core.rule.Rule;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.SnapshotDiff;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One migration's reversibility round trip: from S0, apply up (S1), run down (S2), apply up again
 * (S3). Reversible when S2 equals S0 and S3 equals S1.
 *
 * <p>Built with {@link #builder()}, which needs {@code migration}, {@code status} and {@code
 * duration}; {@link #toBuilder()} copies one to change.
 */
public final class ReversibilityResult {
  private final Migration migration;
  private final ReversibilityStatus status;
  private final Optional<SchemaSnapshot> s0;
  private final Optional<SchemaSnapshot> s1;
  private final Optional<SchemaSnapshot> s2;
  private final Optional<SchemaSnapshot> s3;
  private final Optional<SnapshotDiff> downDiff;
  private final Optional<SnapshotDiff> reapplyDiff;
  private final List<DataLoss> dataLoss;
  private final Optional<String> error;
  private final Optional<Statement> failedStatement;
  private final Duration duration;
  private final List<Finding> notes;

  private ReversibilityResult(
      Migration migration,
      ReversibilityStatus status,
      Optional<SchemaSnapshot> s0,
      Optional<SchemaSnapshot> s1,
      Optional<SchemaSnapshot> s2,
      Optional<SchemaSnapshot> s3,
      Optional<SnapshotDiff> downDiff,
      Optional<SnapshotDiff> reapplyDiff,
      List<DataLoss> dataLoss,
      Optional<String> error,
      Optional<Statement> failedStatement,
      Duration duration,
      List<Finding> notes) {
    Objects.requireNonNull(migration, "migration");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(s0, "s0");
    Objects.requireNonNull(s1, "s1");
    Objects.requireNonNull(s2, "s2");
    Objects.requireNonNull(s3, "s3");
    Objects.requireNonNull(downDiff, "downDiff");
    Objects.requireNonNull(reapplyDiff, "reapplyDiff");
    dataLoss = List.copyOf(Objects.requireNonNull(dataLoss, "dataLoss"));
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(failedStatement, "failedStatement");
    Objects.requireNonNull(duration, "duration");
    notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
    this.migration = migration;
    this.status = status;
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = s3;
    this.downDiff = downDiff;
    this.reapplyDiff = reapplyDiff;
    this.dataLoss = dataLoss;
    this.error = error;
    this.failedStatement = failedStatement;
    this.duration = duration;
    this.notes = notes;
  }

  /** A builder of {@code ReversibilityResult}s. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this reversibility result's values, to make one that differs in some. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.migration = migration;
    builder.status = status;
    builder.s0 = s0;
    builder.s1 = s1;
    builder.s2 = s2;
    builder.s3 = s3;
    builder.downDiff = downDiff;
    builder.reapplyDiff = reapplyDiff;
    builder.dataLoss = dataLoss;
    builder.error = error;
    builder.failedStatement = failedStatement;
    builder.duration = duration;
    builder.notes = notes;
    return builder;
  }

  /** The migration. */
  public Migration migration() {
    return migration;
  }

  /** The outcome. */
  public ReversibilityStatus status() {
    return status;
  }

  /** Before up (absent if the round trip could not start). */
  public Optional<SchemaSnapshot> s0() {
    return s0;
  }

  /** After up. */
  public Optional<SchemaSnapshot> s1() {
    return s1;
  }

  /** After down. */
  public Optional<SchemaSnapshot> s2() {
    return s2;
  }

  /** After up again. */
  public Optional<SchemaSnapshot> s3() {
    return s3;
  }

  /** {@code S0 → S2}: what down failed to restore (empty when reversible). */
  public Optional<SnapshotDiff> downDiff() {
    return downDiff;
  }

  /** {@code S1 → S3}: how re-applying differed (empty when identical). */
  public Optional<SnapshotDiff> reapplyDiff() {
    return reapplyDiff;
  }

  /** Seeded data the down destroyed. */
  public List<DataLoss> dataLoss() {
    return dataLoss;
  }

  /** The failure, for FAILED, or the reason, for IRREVERSIBLE. */
  public Optional<String> error() {
    return error;
  }

  /**
   * The statement a FAILED round trip failed at, when the server named one (a statement of the up,
   * or of the down); where annotations and reports point.
   */
  public Optional<Statement> failedStatement() {
    return failedStatement;
  }

  /** How long the round trip took. */
  public Duration duration() {
    return duration;
  }

  /**
   * What the round trip noticed that is no failure by itself: a no-op up ({@code SQ210}), an up
   * that changed nothing ({@code SQ211}), a no-op down ({@code SQ212}).
   */
  public List<Finding> notes() {
    return notes;
  }

  /** Whether a note of {@code rule} was made. */
  public boolean hasNote(Rule rule) {
    return notes.stream().anyMatch(n -> n.rule() == rule);
  }

  public String version() {
    return migration.version();
  }

  /**
   * The server version the round trip ran on, e.g. {@code surrealdb-2.6.0}, as its snapshots
   * recorded it; empty when no snapshot was taken.
   */
  public Optional<String> serverVersion() {
    return java.util.stream.Stream.of(s0, s1, s2, s3)
        .flatMap(Optional::stream)
        .map(SchemaSnapshot::serverVersion)
        .findFirst();
  }

  /** S2 equals S0 (the down restored the schema). */
  public boolean reversible() {
    return status == ReversibilityStatus.REVERSIBLE
        || status == ReversibilityStatus.REAPPLY_DIFFERS;
  }

  /** S3 equals S1 (re-applying gave the same schema). */
  public boolean reappliesIdentically() {
    return status == ReversibilityStatus.REVERSIBLE
        || status == ReversibilityStatus.NOT_REVERSIBLE
            && reapplyDiff.map(SnapshotDiff::isEmpty).orElse(false);
  }

  /**
   * The rule this outcome is reported under: {@code SQ202} not reversible, {@code SQ203} re-apply
   * differs, {@code SQ201} no down, {@code SQ205} up failed (or {@code SQ206} not attempted),
   * {@code SQ204} down or re-apply failed; empty when reversible.
   */
  public Optional<Rule> rule() {
    return switch (status) {
      case REVERSIBLE -> Optional.empty();
      case NOT_REVERSIBLE -> Optional.of(Rule.DOWN_NOT_RESTORING);
      case REAPPLY_DIFFERS -> Optional.of(Rule.REAPPLY_DIFFERS);
      case IRREVERSIBLE -> Optional.of(Rule.NO_DOWN);
      case FAILED ->
          Optional.of(
              s1.isPresent()
                  ? Rule.ROUND_TRIP_FAILED
                  : error.filter(e -> e.startsWith(MigrationChecks.NOT_ATTEMPTED)).isPresent()
                      ? Rule.NOT_ATTEMPTED
                      : Rule.UP_FAILED);
    };
  }

  /** Total seeded records and values the down destroyed. */
  public long recordsLost() {
    return dataLoss.stream().mapToLong(DataLoss::lost).sum();
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof ReversibilityResult that
        && migration.equals(that.migration)
        && status.equals(that.status)
        && s0.equals(that.s0)
        && s1.equals(that.s1)
        && s2.equals(that.s2)
        && s3.equals(that.s3)
        && downDiff.equals(that.downDiff)
        && reapplyDiff.equals(that.reapplyDiff)
        && dataLoss.equals(that.dataLoss)
        && error.equals(that.error)
        && failedStatement.equals(that.failedStatement)
        && duration.equals(that.duration)
        && notes.equals(that.notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        migration,
        status,
        s0,
        s1,
        s2,
        s3,
        downDiff,
        reapplyDiff,
        dataLoss,
        error,
        failedStatement,
        duration,
        notes);
  }

  @Override
  public String toString() {
    return "ReversibilityResult[migration="
        + migration
        + ", status="
        + status
        + ", s0="
        + s0
        + ", s1="
        + s1
        + ", s2="
        + s2
        + ", s3="
        + s3
        + ", downDiff="
        + downDiff
        + ", reapplyDiff="
        + reapplyDiff
        + ", dataLoss="
        + dataLoss
        + ", error="
        + error
        + ", failedStatement="
        + failedStatement
        + ", duration="
        + duration
        + ", notes="
        + notes
        + "]";
  }

  /**
   * Collects the values of a {@link ReversibilityResult}; {@link #build()} checks that the required
   * ones are set.
   */
  public static final class Builder {
    private Migration migration;
    private ReversibilityStatus status;
    private Optional<SchemaSnapshot> s0 = Optional.empty();
    private Optional<SchemaSnapshot> s1 = Optional.empty();
    private Optional<SchemaSnapshot> s2 = Optional.empty();
    private Optional<SchemaSnapshot> s3 = Optional.empty();
    private Optional<SnapshotDiff> downDiff = Optional.empty();
    private Optional<SnapshotDiff> reapplyDiff = Optional.empty();
    private List<DataLoss> dataLoss = List.of();
    private Optional<String> error = Optional.empty();
    private Optional<Statement> failedStatement = Optional.empty();
    private Duration duration;
    private List<Finding> notes = List.of();

    private Builder() {}

    /** Sets {@link ReversibilityResult#migration()}: the migration. */
    public Builder migration(Migration migration) {
      this.migration = Objects.requireNonNull(migration, "migration");
      return this;
    }

    /** Sets {@link ReversibilityResult#status()}: the outcome. */
    public Builder status(ReversibilityStatus status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    /**
     * Sets {@link ReversibilityResult#s0()}: before up (absent if the round trip could not start).
     */
    public Builder s0(Optional<SchemaSnapshot> s0) {
      this.s0 = Objects.requireNonNull(s0, "s0");
      return this;
    }

    /** Sets {@link ReversibilityResult#s0()} to {@code s0}. */
    public Builder s0(SchemaSnapshot s0) {
      this.s0 = Optional.of(Objects.requireNonNull(s0, "s0"));
      return this;
    }

    /** Sets {@link ReversibilityResult#s1()}: after up. */
    public Builder s1(Optional<SchemaSnapshot> s1) {
      this.s1 = Objects.requireNonNull(s1, "s1");
      return this;
    }

    /** Sets {@link ReversibilityResult#s1()} to {@code s1}. */
    public Builder s1(SchemaSnapshot s1) {
      this.s1 = Optional.of(Objects.requireNonNull(s1, "s1"));
      return this;
    }

    /** Sets {@link ReversibilityResult#s2()}: after down. */
    public Builder s2(Optional<SchemaSnapshot> s2) {
      this.s2 = Objects.requireNonNull(s2, "s2");
      return this;
    }

    /** Sets {@link ReversibilityResult#s2()} to {@code s2}. */
    public Builder s2(SchemaSnapshot s2) {
      this.s2 = Optional.of(Objects.requireNonNull(s2, "s2"));
      return this;
    }

    /** Sets {@link ReversibilityResult#s3()}: after up again. */
    public Builder s3(Optional<SchemaSnapshot> s3) {
      this.s3 = Objects.requireNonNull(s3, "s3");
      return this;
    }

    /** Sets {@link ReversibilityResult#s3()} to {@code s3}. */
    public Builder s3(SchemaSnapshot s3) {
      this.s3 = Optional.of(Objects.requireNonNull(s3, "s3"));
      return this;
    }

    /**
     * Sets {@link ReversibilityResult#downDiff()}: {@code S0 → S2}: what down failed to restore
     * (empty when reversible).
     */
    public Builder downDiff(Optional<SnapshotDiff> downDiff) {
      this.downDiff = Objects.requireNonNull(downDiff, "downDiff");
      return this;
    }

    /** Sets {@link ReversibilityResult#downDiff()} to {@code downDiff}. */
    public Builder downDiff(SnapshotDiff downDiff) {
      this.downDiff = Optional.of(Objects.requireNonNull(downDiff, "downDiff"));
      return this;
    }

    /**
     * Sets {@link ReversibilityResult#reapplyDiff()}: {@code S1 → S3}: how re-applying differed
     * (empty when identical).
     */
    public Builder reapplyDiff(Optional<SnapshotDiff> reapplyDiff) {
      this.reapplyDiff = Objects.requireNonNull(reapplyDiff, "reapplyDiff");
      return this;
    }

    /** Sets {@link ReversibilityResult#reapplyDiff()} to {@code reapplyDiff}. */
    public Builder reapplyDiff(SnapshotDiff reapplyDiff) {
      this.reapplyDiff = Optional.of(Objects.requireNonNull(reapplyDiff, "reapplyDiff"));
      return this;
    }

    /** Sets {@link ReversibilityResult#dataLoss()}: seeded data the down destroyed. */
    public Builder dataLoss(List<DataLoss> dataLoss) {
      this.dataLoss = Objects.requireNonNull(dataLoss, "dataLoss");
      return this;
    }

    /**
     * Sets {@link ReversibilityResult#error()}: the failure, for FAILED, or the reason, for
     * IRREVERSIBLE.
     */
    public Builder error(Optional<String> error) {
      this.error = Objects.requireNonNull(error, "error");
      return this;
    }

    /** Sets {@link ReversibilityResult#error()} to {@code error}. */
    public Builder error(String error) {
      this.error = Optional.of(Objects.requireNonNull(error, "error"));
      return this;
    }

    /**
     * Sets {@link ReversibilityResult#failedStatement()}: the statement a failed round trip failed
     * at.
     */
    public Builder failedStatement(Optional<Statement> failedStatement) {
      this.failedStatement = Objects.requireNonNull(failedStatement, "failedStatement");
      return this;
    }

    /** Sets {@link ReversibilityResult#failedStatement()} to {@code failedStatement}. */
    public Builder failedStatement(Statement failedStatement) {
      this.failedStatement =
          Optional.of(Objects.requireNonNull(failedStatement, "failedStatement"));
      return this;
    }

    /** Sets {@link ReversibilityResult#duration()}: how long the round trip took. */
    public Builder duration(Duration duration) {
      this.duration = Objects.requireNonNull(duration, "duration");
      return this;
    }

    /**
     * Sets {@link ReversibilityResult#notes()}: what the round trip noticed that is no failure by
     * itself: a no-op up ({@code SQ210}), an up that changed nothing ({@code SQ211}), a no-op down
     * ({@code SQ212}).
     */
    public Builder notes(List<Finding> notes) {
      this.notes = Objects.requireNonNull(notes, "notes");
      return this;
    }

    /**
     * The reversibility result of the values set.
     *
     * @throws IllegalStateException if a required value is not set
     */
    public ReversibilityResult build() {
      Required.set(migration, "ReversibilityResult", "migration");
      Required.set(status, "ReversibilityResult", "status");
      Required.set(duration, "ReversibilityResult", "duration");
      return new ReversibilityResult(
          migration,
          status,
          s0,
          s1,
          s2,
          s3,
          downDiff,
          reapplyDiff,
          dataLoss,
          error,
          failedStatement,
          duration,
          notes);
    }
  }
}
