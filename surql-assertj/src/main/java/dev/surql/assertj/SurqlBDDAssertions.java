package dev.surql.assertj;

import dev.surql.core.rollback.RollbackPlan;
import dev.surql.core.rollback.RollbackSafety;
import dev.surql.core.snapshot.FieldSchema;
import dev.surql.core.snapshot.IndexSchema;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.SnapshotDiff;
import dev.surql.core.snapshot.TableSchema;
import dev.surql.core.upgrade.UpgradeReport;
import dev.surql.core.verify.MigrationTimeline;
import dev.surql.core.verify.MigrationVerdict;
import dev.surql.core.verify.ReversibilityResult;
import dev.surql.core.verify.TimelineStep;
import java.util.List;

/**
 * BDD flavour of {@link SurqlAssertions}: the same assertions, entered with {@code then(…)} to go
 * with AssertJ's {@code BDDAssertions}:
 *
 * <pre>{@code
 * // given, when …
 * then(timeline).step("20260109_120000").addsField("user", "bio");
 * }</pre>
 */
public class SurqlBDDAssertions {

  protected SurqlBDDAssertions() {}

  /** Assertions on the structure of a snapshot. */
  public static SchemaSnapshotAssert then(SchemaSnapshot actual) {
    return new SchemaSnapshotAssert(actual);
  }

  /** Assertions on one table of a snapshot. */
  public static TableSchemaAssert then(TableSchema actual) {
    return new TableSchemaAssert(actual);
  }

  /** Assertions on one field of a table. */
  public static FieldSchemaAssert then(FieldSchema actual) {
    return new FieldSchemaAssert(actual);
  }

  /** Assertions on one index of a table. */
  public static IndexSchemaAssert then(IndexSchema actual) {
    return new IndexSchemaAssert(actual);
  }

  /** Assertions on the structural difference between two snapshots. */
  public static SnapshotDiffAssert then(SnapshotDiff actual) {
    return new SnapshotDiffAssert(actual);
  }

  /** Assertions on the schema's history as migrations were applied. */
  public static MigrationTimelineAssert then(MigrationTimeline actual) {
    return new MigrationTimelineAssert(actual);
  }

  /** Assertions on one applied migration of a timeline. */
  public static TimelineStepAssert then(TimelineStep actual) {
    return new TimelineStepAssert(actual);
  }

  /** Assertions on one migration's reversibility round trip. */
  public static ReversibilityResultAssert then(ReversibilityResult actual) {
    return new ReversibilityResultAssert(actual);
  }

  /** Assertions on the reversibility round trips of several migrations. */
  public static ReversibilityResultsAssert then(List<? extends ReversibilityResult> actual) {
    return new ReversibilityResultsAssert(actual);
  }

  /**
   * Assertions on a rollback safety level as a range: {@code isAtLeast(DATA_LOSS)}, {@code
   * isAtMost(…)}.
   */
  public static RollbackSafetyAssert then(RollbackSafety actual) {
    return new RollbackSafetyAssert(actual);
  }

  /** Assertions on everything known about one migration: round trip and rollback safety. */
  public static MigrationVerdictAssert then(MigrationVerdict actual) {
    return new MigrationVerdictAssert(actual);
  }

  /** Assertions on a rollback plan. */
  public static RollbackPlanAssert then(RollbackPlan actual) {
    return new RollbackPlanAssert(actual);
  }

  /** Assertions on an upgrade check from one SurrealDB release line to another. */
  public static UpgradeReportAssert then(UpgradeReport actual) {
    return new UpgradeReportAssert(actual);
  }
}
