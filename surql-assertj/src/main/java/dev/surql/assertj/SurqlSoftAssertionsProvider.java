package dev.surql.assertj;

import dev.surql.core.rollback.RollbackPlan;
import dev.surql.core.rollback.RollbackSafety;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.SnapshotDiff;
import dev.surql.core.upgrade.UpgradeReport;
import dev.surql.core.verify.MigrationTimeline;
import dev.surql.core.verify.MigrationVerdict;
import dev.surql.core.verify.ReversibilityResult;
import dev.surql.core.verify.TimelineStep;
import java.util.List;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * The soft {@code assertThat(…)} methods of surql-test, as defaults over any {@link
 * SoftAssertionsProvider}: implement it on your own soft assertions class (e.g. one extending
 * AssertJ's {@code SoftAssertions}) to mix surql-test and standard soft assertions. Navigation
 * ({@code table(…)}, {@code step(…)}…) stays soft: a missing table is collected as one failure and
 * the chain continues.
 */
public interface SurqlSoftAssertionsProvider extends SoftAssertionsProvider {

  /** Soft assertions on the structure of a snapshot. */
  default SchemaSnapshotAssert assertThat(SchemaSnapshot actual) {
    SchemaSnapshotAssert softly = proxy(SchemaSnapshotAssert.class, SchemaSnapshot.class, actual);
    softly.navigation = Navigation.soft(this);
    return softly;
  }

  /** Soft assertions on the structural difference between two snapshots. */
  default SnapshotDiffAssert assertThat(SnapshotDiff actual) {
    return proxy(SnapshotDiffAssert.class, SnapshotDiff.class, actual);
  }

  /** Soft assertions on the schema's history as migrations were applied. */
  default MigrationTimelineAssert assertThat(MigrationTimeline actual) {
    MigrationTimelineAssert softly =
        proxy(MigrationTimelineAssert.class, MigrationTimeline.class, actual);
    softly.navigation = Navigation.soft(this);
    return softly;
  }

  /** Soft assertions on one applied migration of a timeline. */
  default TimelineStepAssert assertThat(TimelineStep actual) {
    return proxy(TimelineStepAssert.class, TimelineStep.class, actual);
  }

  /** Soft assertions on one migration's reversibility round trip. */
  default ReversibilityResultAssert assertThat(ReversibilityResult actual) {
    return proxy(ReversibilityResultAssert.class, ReversibilityResult.class, actual);
  }

  /** Soft assertions on the reversibility round trips of several migrations. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  default ReversibilityResultsAssert assertThat(List<? extends ReversibilityResult> actual) {
    ReversibilityResultsAssert softly =
        proxy(ReversibilityResultsAssert.class, (Class) List.class, actual);
    softly.navigation = Navigation.soft(this);
    return softly;
  }

  /** Soft assertions on a rollback safety level as a range. */
  default RollbackSafetyAssert assertThat(RollbackSafety actual) {
    return proxy(RollbackSafetyAssert.class, RollbackSafety.class, actual);
  }

  /** Soft assertions on everything known about one migration. */
  default MigrationVerdictAssert assertThat(MigrationVerdict actual) {
    return proxy(MigrationVerdictAssert.class, MigrationVerdict.class, actual);
  }

  /** Soft assertions on a rollback plan. */
  default RollbackPlanAssert assertThat(RollbackPlan actual) {
    return proxy(RollbackPlanAssert.class, RollbackPlan.class, actual);
  }

  /** Soft assertions on an upgrade check from one SurrealDB release line to another. */
  default UpgradeReportAssert assertThat(UpgradeReport actual) {
    return proxy(UpgradeReportAssert.class, UpgradeReport.class, actual);
  }
}
