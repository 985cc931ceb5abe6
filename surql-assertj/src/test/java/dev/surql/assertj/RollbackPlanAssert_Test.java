package dev.surql.assertj;

import static dev.surql.assertj.Fixtures.expectAssertionError;
import static dev.surql.assertj.Fixtures.issue;
import static dev.surql.assertj.Fixtures.message;
import static dev.surql.assertj.Fixtures.plan;
import static dev.surql.assertj.SurqlAssertions.assertThat;
import static dev.surql.assertj.error.ShouldHaveIssue.shouldHaveAffectedRecords;
import static dev.surql.assertj.error.ShouldHaveIssue.shouldHaveIssue;
import static dev.surql.assertj.error.ShouldHaveIssue.shouldHaveIssueContaining;
import static dev.surql.assertj.error.ShouldHaveIssue.shouldHaveNoIssues;
import static dev.surql.assertj.error.ShouldHaveMigrationCount.shouldHaveMigrationCount;
import static dev.surql.assertj.error.ShouldHaveMigrationCount.shouldRollBackVersions;
import static dev.surql.assertj.error.ShouldHaveRollbackSafety.shouldHaveDataLoss;
import static dev.surql.assertj.error.ShouldHaveRollbackSafety.shouldHaveOverallSafety;
import static dev.surql.assertj.error.ShouldHaveRollbackSafety.shouldHaveStaticSafety;
import static dev.surql.assertj.error.ShouldHaveRollbackSafety.shouldNotRequireApproval;
import static dev.surql.assertj.error.ShouldHaveRollbackSafety.shouldRequireApproval;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.surql.core.rollback.RollbackPlan;
import dev.surql.core.rollback.RollbackSafety;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollbackPlanAssert_Test {

  private static final String DESCRIPTION = "rollback plan V3 → 20260101_000000";
  private final RollbackPlan risky =
      plan(
          RollbackSafety.DATA_LOSS,
          List.of("V3", "V2"),
          issue("V3", RollbackSafety.DATA_LOSS, "Removes field bio on table user", 1204L),
          issue("V3", RollbackSafety.DATA_LOSS, "Removes field age on table user", 6L),
          issue("V2", RollbackSafety.DATA_LOSS, "Removes index email_idx", null));
  private final RollbackPlan safe = plan(RollbackSafety.SAFE, List.of("V3"));

  @Test
  void should_pass_on_a_matching_plan() {
    assertThat(risky)
        .hasOverallSafety(RollbackSafety.DATA_LOSS)
        .hasStaticSafety(RollbackSafety.DATA_LOSS)
        .hasDataLoss()
        .requiresApproval()
        .hasMigrationCount(2)
        .rollsBackVersions("V3", "V2")
        .hasIssue("V3", RollbackSafety.DATA_LOSS)
        .hasIssueContaining("V3", RollbackSafety.DATA_LOSS, "field bio")
        .hasAffectedRecords("V3", 1210)
        .hasAffectedRecords("V2", 0);
    assertThat(safe).isSafe().doesNotRequireApproval().hasNoIssues();
  }

  @Test
  void should_fail_on_safety_listing_the_issues() {
    AssertionError error = expectAssertionError(() -> assertThat(risky).isSafe());
    assertThat(error)
        .hasMessage(message(shouldHaveOverallSafety(risky, RollbackSafety.SAFE), DESCRIPTION));
    assertThat(error.getMessage())
        .contains(
            "[DATA_LOSS] SQ102 remove-field V3 (migrations/V3.surql:3): Removes field bio on table user — 1204 records in `user`");
    assertThat(
            expectAssertionError(() -> assertThat(safe).hasOverallSafety(RollbackSafety.DATA_LOSS)))
        .hasMessage(message(shouldHaveOverallSafety(safe, RollbackSafety.DATA_LOSS), DESCRIPTION));
    assertThat(expectAssertionError(() -> assertThat(risky).hasStaticSafety(RollbackSafety.UNSAFE)))
        .hasMessage(message(shouldHaveStaticSafety(risky, RollbackSafety.UNSAFE), DESCRIPTION));
    assertThat(expectAssertionError(() -> assertThat(safe).hasDataLoss()))
        .hasMessage(message(shouldHaveDataLoss(safe), DESCRIPTION));
    assertThat(expectAssertionError(() -> assertThat(safe).requiresApproval()))
        .hasMessage(message(shouldRequireApproval(safe), DESCRIPTION));
    assertThat(expectAssertionError(() -> assertThat(risky).doesNotRequireApproval()))
        .hasMessage(message(shouldNotRequireApproval(risky), DESCRIPTION));
  }

  @Test
  void should_fail_on_migrations_and_issues() {
    assertThat(expectAssertionError(() -> assertThat(risky).hasMigrationCount(1)))
        .hasMessage(message(shouldHaveMigrationCount(risky, 1), DESCRIPTION));
    assertThat(expectAssertionError(() -> assertThat(risky).rollsBackVersions("V2", "V3")))
        .hasMessage(message(shouldRollBackVersions(risky, List.of("V2", "V3")), DESCRIPTION));
    assertThat(expectAssertionError(() -> assertThat(risky).hasIssue("V2", RollbackSafety.UNSAFE)))
        .hasMessage(message(shouldHaveIssue(risky, "V2", RollbackSafety.UNSAFE), DESCRIPTION));
    assertThat(
            expectAssertionError(
                () ->
                    assertThat(risky)
                        .hasIssueContaining("V3", RollbackSafety.DATA_LOSS, "table post")))
        .hasMessage(
            message(
                shouldHaveIssueContaining(risky, "V3", RollbackSafety.DATA_LOSS, "table post"),
                DESCRIPTION));
    assertThat(expectAssertionError(() -> assertThat(risky).hasAffectedRecords("V3", 1204)))
        .hasMessage(message(shouldHaveAffectedRecords(risky, "V3", 1204, 1210), DESCRIPTION));
    assertThat(expectAssertionError(() -> assertThat(risky).hasNoIssues()))
        .hasMessage(message(shouldHaveNoIssues(risky), DESCRIPTION));
  }

  @Test
  void should_fail_if_actual_is_null() {
    expectAssertionError(() -> assertThat((RollbackPlan) null).isSafe());
  }

  @Test
  void should_throw_if_expected_is_null() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(risky).hasOverallSafety(null))
        .withMessage("The rollback safety to compare against should not be null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(risky).hasIssueContaining("V3", RollbackSafety.SAFE, null))
        .withMessage("The description fragment to compare against should not be null");
  }
}
