package dev.surql.assertj;

import static dev.surql.assertj.Fixtures.actualIsNull;
import static dev.surql.assertj.Fixtures.message;
import static dev.surql.assertj.Fixtures.migration;
import static dev.surql.assertj.Fixtures.plan;
import static dev.surql.assertj.Fixtures.snapshot;
import static dev.surql.assertj.Fixtures.step;
import static dev.surql.assertj.Fixtures.userSnapshot;
import static dev.surql.assertj.error.ShouldHaveField.shouldHaveField;
import static dev.surql.assertj.error.ShouldHaveFieldType.shouldHaveFieldType;
import static dev.surql.assertj.error.ShouldHaveRollbackSafety.shouldHaveOverallSafety;
import static dev.surql.assertj.error.ShouldHaveStep.shouldHaveStep;
import static dev.surql.assertj.error.ShouldHaveTable.shouldHaveTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.surql.assertj.error.ShouldHaveReversibilityStatus;
import dev.surql.assertj.error.ShouldHaveSafetyInRange;
import dev.surql.core.rollback.RollbackPlan;
import dev.surql.core.rollback.RollbackSafety;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.TableSchema;
import dev.surql.core.verify.MigrationTimeline;
import dev.surql.core.verify.ReversibilityStatus;
import java.util.List;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.assertj.core.error.AssertJMultipleFailuresError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SoftAssertionsExtension.class)
class SurqlSoftAssertions_Test {

  @InjectSoftAssertions SurqlSoftAssertions injected;

  private final SchemaSnapshot snapshot = userSnapshot("v1");
  private final TableSchema user = snapshot.schema().tables().get("user");

  @Test
  void should_collect_every_failure_including_navigated_ones() {
    // GIVEN
    SurqlSoftAssertions softly = new SurqlSoftAssertions();
    RollbackPlan risky = plan(RollbackSafety.DATA_LOSS, List.of("V2"));
    // WHEN
    softly
        .assertThat(snapshot)
        .hasTable("profile")
        .hasTable("user")
        .table("user")
        .hasField("bio")
        .isSchemafull()
        .field("email")
        .hasType("int")
        .returnToSnapshot()
        .hasField("user", "email");
    softly.assertThat(risky).isSafe().hasMigrationCount(1);
    // THEN
    assertMessages(
        softly.errorsCollected(),
        message(shouldHaveTable(snapshot, "profile"), "snapshot v1"),
        message(shouldHaveField(user, "bio"), "snapshot v1, table user"),
        message(
            shouldHaveFieldType("user", user.fields().get("email"), "int"),
            "snapshot v1, table user, field email"),
        message(
            shouldHaveOverallSafety(risky, RollbackSafety.SAFE),
            "rollback plan V2 → 20260101_000000"));
    assertThatThrownBy(softly::assertAll)
        .isInstanceOf(AssertJMultipleFailuresError.class)
        .hasMessageContaining("Multiple Failures (4 failures)");
  }

  @Test
  void should_collect_a_missing_navigation_target_and_go_on() {
    // GIVEN
    SurqlSoftAssertions softly = new SurqlSoftAssertions();
    SchemaSnapshot s0 = snapshot("0");
    MigrationTimeline timeline =
        new MigrationTimeline(
            s0, List.of(step(migration("V1"), s0, snapshot, RollbackSafety.SAFE)));
    // WHEN
    softly.assertThat(snapshot).table("profile").hasField("bio");
    softly.assertThat(timeline).step("V9").addsTable("user");
    softly.assertThat(timeline).step("V1").addsTable("user").returnToTimeline().hasSteps(1);
    // THEN
    assertMessages(
        softly.errorsCollected(),
        message(shouldHaveTable(snapshot, "profile"), "snapshot v1"),
        "[snapshot v1, table profile] " + actualIsNull(),
        message(shouldHaveStep(timeline, "V9"), "timeline 0 → v1"),
        "[timeline 0 → v1, migration V9] " + actualIsNull());
  }

  @Test
  void should_collect_range_and_verdict_failures() {
    // GIVEN
    SurqlSoftAssertions softly = new SurqlSoftAssertions();
    // WHEN
    softly
        .assertThat(RollbackSafety.UNSAFE)
        .isAtMost(RollbackSafety.DATA_LOSS)
        .isAtLeast(RollbackSafety.SAFE);
    softly
        .assertThat(VerdictFixtures.BROKEN)
        .hasStatusIn(ReversibilityStatus.REVERSIBLE)
        .hasAnalysedSafetyAtMost(RollbackSafety.SAFE);
    // THEN
    assertMessages(
        softly.errorsCollected(),
        message(
            ShouldHaveSafetyInRange.shouldBeAtMost(RollbackSafety.UNSAFE, RollbackSafety.DATA_LOSS),
            ""),
        message(
            ShouldHaveReversibilityStatus.shouldHaveStatusIn(
                VerdictFixtures.BROKEN_TRIP, List.of(ReversibilityStatus.REVERSIBLE)),
            "migration V2"),
        message(
            ShouldHaveSafetyInRange.shouldHaveAnalysedSafetyAtMost(
                "V2",
                RollbackSafety.DATA_LOSS,
                VerdictFixtures.BROKEN.rollbackIssues(),
                RollbackSafety.SAFE),
            "migration V2"));
  }

  /**
   * Soft assertions append the line of the failing call to each message: compare what comes before.
   */
  private static void assertMessages(List<Throwable> errors, String... expected) {
    assertThat(errors).hasSize(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat(errors.get(i).getMessage()).startsWith(expected[i] + String.format("%nat "));
    }
  }

  @Test
  void should_pass_softly_when_everything_holds() {
    SurqlSoftAssertions.assertSoftly(
        softly -> {
          softly
              .assertThat(snapshot)
              .hasTable("user")
              .table("user")
              .field("email")
              .hasType("string");
          softly.assertThat(List.of()).allReversible();
        });
  }

  @Test
  void should_work_with_the_junit_soft_assertions_extension() {
    injected.assertThat(snapshot).hasTable("user").hasEdge("wrote", "user", "post");
    assertThat(injected.errorsCollected()).isEmpty();
  }
}
