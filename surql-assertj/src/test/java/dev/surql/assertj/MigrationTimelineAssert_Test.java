package dev.surql.assertj;

import static dev.surql.assertj.Fixtures.expectAssertionError;
import static dev.surql.assertj.Fixtures.field;
import static dev.surql.assertj.Fixtures.index;
import static dev.surql.assertj.Fixtures.issue;
import static dev.surql.assertj.Fixtures.message;
import static dev.surql.assertj.Fixtures.migration;
import static dev.surql.assertj.Fixtures.snapshot;
import static dev.surql.assertj.Fixtures.step;
import static dev.surql.assertj.Fixtures.table;
import static dev.surql.assertj.SurqlAssertions.assertThat;
import static dev.surql.assertj.error.ShouldBeEmptyDiff.shouldBeEmpty;
import static dev.surql.assertj.error.ShouldHaveChange.shouldHaveChange;
import static dev.surql.assertj.error.ShouldHaveRollbackSafety.shouldHaveAnalysedSafety;
import static dev.surql.assertj.error.ShouldHaveStep.shouldHaveChecksumAfter;
import static dev.surql.assertj.error.ShouldHaveStep.shouldHaveStep;
import static dev.surql.assertj.error.ShouldHaveStep.shouldHaveSteps;
import static dev.surql.assertj.error.ShouldHaveStep.shouldHaveVersions;
import static dev.surql.assertj.error.ShouldNotBeRiskierThanDeclared.shouldAllNotBeRiskierThanDeclared;
import static dev.surql.assertj.error.ShouldNotBeRiskierThanDeclared.shouldNotBeRiskierThanDeclared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.surql.core.rollback.RollbackSafety;
import dev.surql.core.snapshot.ChangeType;
import dev.surql.core.snapshot.IndexKind;
import dev.surql.core.snapshot.SchemaElement;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.verify.MigrationTimeline;
import dev.surql.core.verify.TimelineStep;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MigrationTimelineAssert_Test {

  private final SchemaSnapshot s0 = snapshot("0");
  private final SchemaSnapshot s1 =
      snapshot(
          "V1", table("user", field("user", "email", "string"), field("user", "bio", "string")));
  private final SchemaSnapshot s2 =
      snapshot(
          "V2",
          table(
              "user",
              true,
              List.of(field("user", "email", "string"), field("user", "age", "int")),
              List.of(index("user", "email_idx", IndexKind.UNIQUE, "email")),
              List.of()));
  private final SchemaSnapshot s3 =
      snapshot(
          "V3",
          table(
              "user",
              true,
              List.of(field("user", "email", "string"), field("user", "age", "int")),
              List.of(index("user", "email_idx", IndexKind.UNIQUE, "email")),
              List.of()));
  private final TimelineStep v1 =
      step(
          migration("V1"),
          s0,
          s1,
          RollbackSafety.UNSAFE,
          issue("V1", RollbackSafety.UNSAFE, "Removes table user", null));
  private final TimelineStep v2 =
      step(
          migration("V2", Optional.of(RollbackSafety.SAFE)),
          s1,
          s2,
          RollbackSafety.DATA_LOSS,
          issue("V2", RollbackSafety.DATA_LOSS, "Removes field bio on table user", 12L));
  private final TimelineStep v3 =
      step(migration("V3", Optional.of(RollbackSafety.SAFE)), s2, s3, RollbackSafety.SAFE);
  private final MigrationTimeline timeline = new MigrationTimeline(s0, List.of(v1, v2, v3));

  @Test
  void should_pass_on_steps_versions_and_checksums() {
    assertThat(timeline)
        .hasSteps(3)
        .hasVersions("V1", "V2", "V3")
        .hasChecksumAfter("V2", s2.checksum())
        .step("V1")
        .addsTable("user")
        .hasAnalysedSafety(RollbackSafety.UNSAFE)
        .isNotRiskierThanDeclared()
        .returnToTimeline()
        .step("V2")
        .removesField("user", "bio")
        .addsField("user", "age")
        .addsIndex("user", "email_idx")
        .changes(ChangeType.REMOVED, SchemaElement.FIELD, "user.bio")
        .diff()
        .hasFieldsRemoved("user.bio");
    assertThat(timeline)
        .step("V3")
        .changesNothing()
        .returnToTimeline()
        .snapshotAfter("V3")
        .hasIndex("user", "email_idx");
  }

  @Test
  void should_fail_on_steps_versions_and_checksums() {
    String description = "timeline 0 → V3";
    assertThat(expectAssertionError(() -> assertThat(timeline).hasSteps(2)))
        .hasMessage(message(shouldHaveSteps(timeline, 2), description));
    assertThat(expectAssertionError(() -> assertThat(timeline).hasVersions("V1", "V3", "V2")))
        .hasMessage(message(shouldHaveVersions(timeline, List.of("V1", "V3", "V2")), description));
    assertThat(expectAssertionError(() -> assertThat(timeline).hasChecksumAfter("V2", "abc")))
        .hasMessage(message(shouldHaveChecksumAfter("V2", s2.checksum(), "abc"), description));
    assertThat(expectAssertionError(() -> assertThat(timeline).step("V9")))
        .hasMessage(message(shouldHaveStep(timeline, "V9"), description));
    assertThat(expectAssertionError(() -> assertThat(timeline).snapshotAfter("V9")))
        .hasMessage(message(shouldHaveStep(timeline, "V9"), description));
  }

  @Test
  void should_pass_if_no_step_is_riskier_than_declared() {
    assertThat(new MigrationTimeline(s2, List.of(v3))).allStepsNotRiskierThanDeclared();
  }

  @Test
  void should_fail_if_a_step_is_riskier_than_declared() {
    AssertionError error =
        expectAssertionError(() -> assertThat(timeline).allStepsNotRiskierThanDeclared());
    assertThat(error)
        .hasMessage(message(shouldAllNotBeRiskierThanDeclared(List.of(v2)), "timeline 0 → V3"));
    assertThat(error.getMessage())
        .contains(
            "V2: declared safe, analysed DATA_LOSS",
            "[DATA_LOSS] SQ102 remove-field V2 (migrations/V2.surql:3): Removes field bio on table user — 12 records");
    AssertionError one =
        expectAssertionError(() -> assertThat(timeline).step("V2").isNotRiskierThanDeclared());
    assertThat(one)
        .hasMessage(message(shouldNotBeRiskierThanDeclared(v2), "timeline 0 → V3, migration V2"));
    assertThat(one.getMessage()).contains("-- @rollback: data_loss");
  }

  @Test
  void should_fail_if_a_step_did_not_make_a_change() {
    String description = "timeline 0 → V3, migration V2";
    AssertionError error =
        expectAssertionError(() -> assertThat(timeline).step("V2").addsTable("post"));
    assertThat(error)
        .hasMessage(
            message(
                shouldHaveChange(v2, ChangeType.ADDED, SchemaElement.TABLE, "post"), description));
    assertThat(error.getMessage())
        .contains("Expecting migration V2 to have added table:", "- field user.bio");
    assertThat(expectAssertionError(() -> assertThat(timeline).step("V2").changesNothing()))
        .hasMessage(message(shouldBeEmpty(v2.diff()), description));
    assertThat(expectAssertionError(() -> assertThat(v2).hasAnalysedSafety(RollbackSafety.SAFE)))
        .hasMessage(message(shouldHaveAnalysedSafety(v2, RollbackSafety.SAFE), "migration V2"));
  }

  @Test
  void should_fail_if_actual_is_null() {
    expectAssertionError(() -> assertThat((MigrationTimeline) null).hasSteps(1));
    expectAssertionError(() -> assertThat((MigrationTimeline) null).step("V1"));
    expectAssertionError(() -> assertThat((TimelineStep) null).addsTable("user"));
  }

  @Test
  void should_throw_if_expected_is_null() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(timeline).step(null))
        .withMessage("The version to compare against should not be null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(v1).addsField(null, "email"))
        .withMessage("The table name to compare against should not be null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(v1).hasAnalysedSafety(null))
        .withMessage("The rollback safety to compare against should not be null");
  }
}
