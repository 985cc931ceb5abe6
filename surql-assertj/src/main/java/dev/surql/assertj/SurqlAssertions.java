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
 * Entry point of the surql-test assertions: {@code assertThat(…)} for schema snapshots, their
 * diffs, migration timelines, reversibility round trips and rollback plans. Import it statically
 * beside {@code org.assertj.core.api.Assertions}:
 *
 * <pre>{@code
 * assertThat(snapshot).hasTable("user")
 *     .table("user").isSchemafull()
 *     .field("email").hasType("string").returnToSnapshot()
 *     .hasIndex("user", "email_idx");
 * }</pre>
 */
public class SurqlAssertions {

  protected SurqlAssertions() {}

  /** Assertions on the structure of a snapshot. */
  public static SchemaSnapshotAssert assertThat(SchemaSnapshot actual) {
    return new SchemaSnapshotAssert(actual);
  }

  /** Assertions on one table of a snapshot. */
  public static TableSchemaAssert assertThat(TableSchema actual) {
    return new TableSchemaAssert(actual);
  }

  /** Assertions on one field of a table. */
  public static FieldSchemaAssert assertThat(FieldSchema actual) {
    return new FieldSchemaAssert(actual);
  }

  /** Assertions on one index of a table. */
  public static IndexSchemaAssert assertThat(IndexSchema actual) {
    return new IndexSchemaAssert(actual);
  }

  /** Assertions on the structural difference between two snapshots. */
  public static SnapshotDiffAssert assertThat(SnapshotDiff actual) {
    return new SnapshotDiffAssert(actual);
  }

  /** Assertions on the schema's history as migrations were applied. */
  public static MigrationTimelineAssert assertThat(MigrationTimeline actual) {
    return new MigrationTimelineAssert(actual);
  }

  /** Assertions on one applied migration of a timeline. */
  public static TimelineStepAssert assertThat(TimelineStep actual) {
    return new TimelineStepAssert(actual);
  }

  /** Assertions on one migration's reversibility round trip. */
  public static ReversibilityResultAssert assertThat(ReversibilityResult actual) {
    return new ReversibilityResultAssert(actual);
  }

  /** Assertions on the reversibility round trips of several migrations. */
  public static ReversibilityResultsAssert assertThat(List<? extends ReversibilityResult> actual) {
    return new ReversibilityResultsAssert(actual);
  }

  /**
   * Assertions on a rollback safety level as a range: {@code isAtLeast(DATA_LOSS)}, {@code
   * isAtMost(…)}.
   */
  public static RollbackSafetyAssert assertThat(RollbackSafety actual) {
    return new RollbackSafetyAssert(actual);
  }

  /** Assertions on everything known about one migration: round trip and rollback safety. */
  public static MigrationVerdictAssert assertThat(MigrationVerdict actual) {
    return new MigrationVerdictAssert(actual);
  }

  /** Assertions on a rollback plan. */
  public static RollbackPlanAssert assertThat(RollbackPlan actual) {
    return new RollbackPlanAssert(actual);
  }

  /** Assertions on an upgrade check from one SurrealDB release line to another. */
  public static UpgradeReportAssert assertThat(UpgradeReport actual) {
    return new UpgradeReportAssert(actual);
  }
}
