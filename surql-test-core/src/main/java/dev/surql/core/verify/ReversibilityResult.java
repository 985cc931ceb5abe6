package dev.surql.core.verify;

import dev.surql.core.migration.Migration;
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
 * @param migration the migration
 * @param status the outcome
 * @param s0 before up (absent if the round trip could not start)
 * @param s1 after up
 * @param s2 after down
 * @param s3 after up again
 * @param downDiff {@code S0 → S2}: what down failed to restore (empty when reversible)
 * @param reapplyDiff {@code S1 → S3}: how re-applying differed (empty when identical)
 * @param dataLoss seeded data the down destroyed
 * @param error the failure, for FAILED, or the reason, for IRREVERSIBLE
 * @param duration how long the round trip took
 * @param notes what the round trip noticed that is no failure by itself: a no-op up ({@code SQ210}),
 *     an up that changed nothing ({@code SQ211}), a no-op down ({@code SQ212})
 */
public record ReversibilityResult(
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
    Duration duration,
    List<Finding> notes) {

  public ReversibilityResult {
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
    Objects.requireNonNull(duration, "duration");
    notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
  }

  /** A result without notes. */
  public ReversibilityResult(Migration migration, ReversibilityStatus status, Optional<SchemaSnapshot> s0,
      Optional<SchemaSnapshot> s1, Optional<SchemaSnapshot> s2, Optional<SchemaSnapshot> s3,
      Optional<SnapshotDiff> downDiff, Optional<SnapshotDiff> reapplyDiff, List<DataLoss> dataLoss,
      Optional<String> error, Duration duration) {
    this(migration, status, s0, s1, s2, s3, downDiff, reapplyDiff, dataLoss, error, duration, List.of());
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
    return java.util.stream.Stream.of(s0, s1, s2, s3).flatMap(Optional::stream).map(SchemaSnapshot::serverVersion)
        .findFirst();
  }

  /** S2 equals S0 (the down restored the schema). */
  public boolean reversible() {
    return status == ReversibilityStatus.REVERSIBLE || status == ReversibilityStatus.REAPPLY_DIFFERS;
  }

  /** S3 equals S1 (re-applying gave the same schema). */
  public boolean reappliesIdentically() {
    return status == ReversibilityStatus.REVERSIBLE || status == ReversibilityStatus.NOT_REVERSIBLE
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
      case FAILED -> Optional.of(s1.isPresent() ? Rule.ROUND_TRIP_FAILED
          : error.filter(e -> e.startsWith(MigrationChecks.NOT_ATTEMPTED)).isPresent() ? Rule.NOT_ATTEMPTED
          : Rule.UP_FAILED);
    };
  }

  /** Total seeded records and values the down destroyed. */
  public long recordsLost() {
    return dataLoss.stream().mapToLong(DataLoss::lost).sum();
  }
}
